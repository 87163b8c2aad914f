/// A long option written with `=` and nothing after it ("--output="). ArgumentParser reads such an option's value
/// from the next argument instead, so `helpdesk batch --output= -` took `-` as the output and then said "Missing
/// expected argument '<file>'", and `--output= answers.txt questions.txt` wrote answers.txt without a word. The
/// command line is refused before it is parsed, naming the option.
public enum EmptyOptionValue {
    /// The usage error for the first such option in `arguments` (without the program name), or nil when there is
    /// none. Arguments after a bare `--` are values, not options, and are left alone.
    public static func problem(in arguments: [String]) -> String? {
        for argument in arguments {
            if argument == "--" { return nil }
            guard argument.hasPrefix("--"), argument.hasSuffix("="), argument.count > 3,
                  argument.dropFirst(2).dropLast().allSatisfy({ $0 != "=" }) else { continue }
            let option = String(argument.dropLast())
            return "\(argument) has no value after '=': write \(option)=VALUE or \(option) VALUE "
                + "(a space after '=' leaves the value empty)"
        }
        return nil
    }
}
