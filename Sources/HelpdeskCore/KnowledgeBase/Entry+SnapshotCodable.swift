/// How an entry and its parts are stored in a knowledge-base snapshot (`KnowledgeBaseSnapshot`): every field, in the
/// order written here. A field added to one of these types must be added here too; `KnowledgeBaseSnapshotTests`
/// checks that a snapshot gives back what was stored.
extension Entry: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws {
        self.init(id: try reader.string(), title: try reader.string(), summary: try reader.string(), questions: try reader.strings())
        kind = try EntryKind(from: &reader)
        keywords = try reader.strings()
        steps = try reader.strings()
        tips = try reader.strings()
        contacts = try reader.items()
        escalation = try reader.optionalString()
        followUps = try reader.items()
        related = try reader.strings()
        answerThreshold = try reader.bool() ? try reader.double() : nil
        if let answerThreshold, !MatcherSettings.fractions.contains(answerThreshold) { throw SnapshotReader.Malformed() }
        source = try reader.string()
        lastReviewed = try ReviewDate(from: &reader)
        location = try SourceLocation(from: &reader)
    }

    func write(to writer: inout SnapshotWriter) {
        for text in [id, title, summary] { writer.write(text) }
        writer.write(questions)
        kind.write(to: &writer)
        for texts in [keywords, steps, tips] { writer.write(texts) }
        writer.write(contacts)
        writer.write(escalation)
        writer.write(followUps)
        writer.write(related)
        writer.write(answerThreshold != nil)
        if let answerThreshold { writer.write(answerThreshold) }
        writer.write(source)
        lastReviewed.write(to: &writer)
        location.write(to: &writer)
    }
}

extension EntryKind: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws {
        guard let kind = EntryKind(rawValue: try reader.string()) else { throw SnapshotReader.Malformed() }
        self = kind
    }

    func write(to writer: inout SnapshotWriter) { writer.write(rawValue) }
}

extension Contact: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws {
        self.init(name: try reader.string(), phone: try reader.optionalString(), hours: try reader.optionalString(),
                  url: try reader.optionalString(), when: try reader.optionalString())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(name)
        for text in [phone, hours, url, when] { writer.write(text) }
    }
}

extension FollowUp: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws {
        self.init(questions: try reader.strings(), answer: try reader.string())
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(questions)
        writer.write(answer)
    }
}

extension ReviewDate: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws {
        self.init(year: try reader.integer(), month: try reader.integer(), day: try reader.integer())
    }

    func write(to writer: inout SnapshotWriter) {
        for part in [year, month, day] { writer.write(part) }
    }
}

extension SourceLocation: SnapshotCodable {
    init(from reader: inout SnapshotReader) throws {
        self.init(file: try reader.string(), line: try reader.integer(), column: try reader.bool() ? try reader.integer() : nil)
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(file)
        writer.write(line)
        writer.write(column != nil)
        if let column { writer.write(column) }
    }
}
