extension Explainer {
    /// Explains what the matcher made of a paste: what it left out before matching (if anything), the main result,
    /// then each further problem under the text that raised it.
    public func explain(_ problems: ProblemMatches, in kb: KnowledgeBase) -> String {
        var text = explain(problems.primary, in: kb)
        if let note = Self.leftOutLine(problems.leftOut) { text = note + "\n" + text }
        for (result, excerpt) in zip(problems.also, problems.excerpts.dropFirst()) {
            text += "\n\nAlso in the text: \"\(excerpt.terminalSafeLine)\"\n" + explain(result, in: kb)
        }
        return text
    }

    /// "Left out:   2 quoted lines, 1 help-desk chat line, the signature (3 lines)", and a "Kept:" line when the help
    /// desk's lines were put back for context; nil when there is nothing to say.
    static func leftOutLine(_ leftOut: ReplyTrimmer.LeftOut) -> String? {
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        var parts: [String] = []
        if leftOut.quotedLines > 0 { parts.append(count(leftOut.quotedLines, "quoted line")) }
        if leftOut.headerLines > 0 { parts.append(count(leftOut.headerLines, "email header line")) }
        if leftOut.agentLines > 0 { parts.append(count(leftOut.agentLines, "help-desk chat line")) }
        if leftOut.signatureLines > 0 { parts.append("the signature (\(count(leftOut.signatureLines, "line")))") }
        if leftOut.speakerLabels > 0 { parts.append("the time stamps and speaker labels of \(count(leftOut.speakerLabels, "chat line"))") }
        var lines = parts.isEmpty ? [] : ["Left out:   " + parts.joined(separator: ", ")]
        if leftOut.quotedMessageRead { lines.append("Read:       the quoted message: the writer's own lines answered nothing") }
        if leftOut.agentLinesKept { lines.append("Kept:       the help desk's chat lines, for context: the caller's alone answered nothing") }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }
}
