import Foundation

extension ReviewDate {
    /// Today's date in UTC.
    public static func today(now: Date = Date()) -> ReviewDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return ReviewDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }
}
