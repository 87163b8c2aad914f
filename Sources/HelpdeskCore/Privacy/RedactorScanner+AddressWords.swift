/// The words a US postal address is made of, as the address rules read them (`RedactorScanner+Addresses.swift`):
/// street types, unit words, state abbreviations and names. All lowercase; looked up by `isListed(_:in:)`-style
/// lowercase comparison of a word's bytes.
extension RedactorScanner {
    /// Street types that name nothing else in a sentence: abbreviations and the long words (`St`, `Ave`, `Road`,
    /// `Boulevard`...). After one to four name words they end a street in any case (`123 main st`).
    static let streetTypes: Set<String> = [
        "street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "highway", "hwy", "parkway", "pkwy",
        "expressway", "expy", "freeway", "fwy", "ln", "ct", "pl", "cir", "ter", "trl", "sq", "plz", "aly", "cres",
        "xing", "tpke", "turnpike",
    ]

    /// Street types that are ordinary words too (`way`, `drive`, `lane`, `court`, `place`..., and `Dr` for a doctor):
    /// they end a street only when written with a capital, after name words that all have one ("45 Oak Drive", "45 Oak
    /// Dr"; "there's 1 other way", "the 2 step way", "I saw 2 eye Dr" are kept).
    static let commonWordStreetTypes: Set<String> = [
        "way", "drive", "dr", "lane", "court", "place", "circle", "square", "terrace", "trail", "plaza", "loop", "pike",
        "row", "path", "walk", "crossing", "alley", "crescent", "grove", "ridge",
    ]

    /// Words that open a unit after the street: `Apt 3`, `Suite 200`, `Unit B`, `Fl 2`.
    static let unitWords: Set<String> = [
        "apt", "apartment", "unit", "suite", "ste", "fl", "floor", "rm", "room", "bldg", "building", "lot", "trlr",
    ]

    /// Words that are no street's name between a number and a street type, in any case, on top of `sentenceWords`:
    /// counts and units ("2 different ways", "10 AM Court hearing", "3 more road closures"), and what makes a `Drive`
    /// a disk ("my 2 Google Drive folders", "2 Factor Authentication Way").
    static let nonNameWords: Set<String> = [
        "other", "others", "different", "more", "extra", "separate", "step", "steps", "minute", "minutes", "hour",
        "hours", "seconds", "digit", "digits", "factor", "attempt", "attempts", "try", "tries", "page", "pages", "line",
        "lines", "characters", "letters", "words", "people", "users", "accounts", "emails", "codes", "phones", "devices",
        "options", "methods", "lanes", "roads", "streets", "blocks", "miles", "mile", "feet", "ft", "am", "pm",
        "business", "authentication", "verification", "security", "google", "hard", "usb", "flash", "network", "shared",
        "team", "thumb", "external", "cloud", "disk", "file", "files", "folder", "folders", "documents", "photos",
        "windows", "browser", "chrome", "apps", "tabs", "questions",
    ]

    /// US state and territory abbreviations (USPS), uppercase as written on an envelope.
    static let stateAbbreviations: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
        "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "VI", "GU",
    ]

    /// Abbreviations that are also common words or ids written in capitals (`ID`, `IN`, `OR`, `ME`, `OK`, `HI`,
    /// `DE`): before a lone ZIP code they name a state only after a comma ("Boise, ID 83702"; "Tax ID 12345" is kept),
    /// or after a capitalized city when the ZIP code is one of the state's ("Boise ID 83702": `zipPrefixes`).
    static let wordLikeStateAbbreviations: Set<String> = ["ID", "IN", "OR", "ME", "OK", "HI", "DE"]

    /// The first three digits of the ZIP codes of each state in `wordLikeStateAbbreviations` (USPS ranges).
    static let zipPrefixes: [String: ClosedRange<Int>] = [
        "ID": 832...838, "IN": 460...479, "OR": 970...979, "ME": 39...49, "OK": 730...749, "HI": 967...968,
        "DE": 197...199,
    ]

    /// US state and territory names, lowercase, up to three words.
    static let stateNames: Set<String> = [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
        "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
        "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
        "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
        "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "district of columbia",
        "puerto rico", "guam",
    ]
}
