package import ArchitectureModel
import Foundation

extension CalendarDate {
    /// Today in UTC, so a waiver expires at the same moment everywhere (CLI and MCP alike).
    package static func todayUTC() -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
