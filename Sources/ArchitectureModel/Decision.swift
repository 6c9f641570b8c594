/// An architecture decision record: `decisions[i]`.
public struct Decision: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case proposed, accepted, superseded, deprecated
    }

    public var id: Int
    public var title: String
    public var status: Status
    public var context: String?
    public var decision: String?
    public var consequences: String?
    public var location: SourceLocation?

    public init(
        id: Int,
        title: String,
        status: Status,
        context: String? = nil,
        decision: String? = nil,
        consequences: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.status = status
        self.context = context
        self.decision = decision
        self.consequences = consequences
        self.location = location
    }
}

/// An accepted review finding: `waivers[i]`.
public struct Waiver: Sendable, Hashable, Codable {
    public var rule: String
    /// The finding's target, as the review prints it.
    public var target: String
    public var reason: String
    /// The last day it applies, `YYYY-MM-DD`; nil = no expiry.
    public var expires: CalendarDate?
    public var location: SourceLocation?

    public init(
        rule: String,
        target: String,
        reason: String,
        expires: CalendarDate? = nil,
        location: SourceLocation? = nil
    ) {
        self.rule = rule
        self.target = target
        self.reason = reason
        self.expires = expires
        self.location = location
    }
}

/// A day in the Gregorian calendar, compared without time zones.
public struct CalendarDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, checking that the day exists in that month.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        let pad = { (value: Int, width: Int) in
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Days in a month of the Gregorian calendar.
    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
