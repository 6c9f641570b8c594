import ArchitectureOutput
import Foundation

/// A horizontal bar chart drawn as SVG: one group of bars per item (a bar per series), a value axis
/// with ticks, optional reference line and per-group markers. Every id starts with the chart's id, so
/// several charts share a page without duplicate ids.
public struct BarChart: Sendable {
    public struct Bar: Sendable {
        public var value: Double
        /// Printed at the bar's end, with the status sign when it is not good.
        public var label: String
        public var status: ReportStatus
    }

    public struct Group: Sendable {
        public var label: String
        /// One per series; nil leaves a gap (no figure).
        public var bars: [Bar?]
        /// A target drawn across the group's bars (for example the error budget).
        public var marker: Double?
    }

    /// Unique in the page, `[a-z0-9-]`: the prefix of every id in the SVG and the file name.
    public var id: String
    public var title: String
    public var axisLabel: String
    public var series: [String]
    public var groups: [Group]
    /// A line across every group, with its label (for example 100% utilization).
    public var reference: (value: Double, label: String)?
    public var markerLabel: String?
    /// Values above this are drawn cut at the axis end, their label still saying the real value.
    public var cap: Double?

    static let width = 760.0
    static let labelWidth = 190.0
    static let plotWidth = 470.0
    static let barHeight = 14.0
    static let groupGap = 12.0
    static let top = 44.0

    /// The chart as an `<svg>` element; `standalone` adds the XML namespace a separate .svg file needs.
    public func svg(standalone: Bool = false) -> String {
        let maximum = axisMaximum()
        let groupHeight = Double(max(series.count, 1)) * Self.barHeight + Self.groupGap
        let plotHeight = Double(groups.count) * groupHeight
        let height = Self.top + plotHeight + 46
        let x = { (value: Double) in Self.labelWidth + min(max(value, 0), maximum) / maximum * Self.plotWidth }
        let namespace = standalone ? " xmlns=\"http://www.w3.org/2000/svg\"" : ""
        var parts = [
            "<svg\(namespace) class=\"chart\" id=\"\(id)\" viewBox=\"0 0 \(Self.format(Self.width)) \(Self.format(height))\" "
                + "role=\"img\" aria-labelledby=\"\(id)-title\">",
            "<title id=\"\(id)-title\">\(HTML.escape(title))</title>",
            "<style>\(Self.style)</style>",
        ]
        // Legend: one swatch per series, and the reference and marker lines.
        var legendX = Self.labelWidth
        for (index, name) in series.enumerated() {
            parts.append(
                "<rect class=\"series-\(index)\" x=\"\(Self.format(legendX))\" y=\"8\" width=\"12\" height=\"12\"/>"
                    + "<text x=\"\(Self.format(legendX + 16))\" y=\"18\">\(HTML.escape(name))</text>"
            )
            legendX += 24 + Double(name.count) * 7
        }
        if let reference {
            parts.append(
                "<line class=\"reference\" x1=\"\(Self.format(legendX))\" y1=\"14\" x2=\"\(Self.format(legendX + 16))\" y2=\"14\"/>"
                    + "<text x=\"\(Self.format(legendX + 20))\" y=\"18\">\(HTML.escape(reference.label))</text>"
            )
            legendX += 30 + Double(reference.label.count) * 7
        }
        if let markerLabel, groups.contains(where: { $0.marker != nil }) {
            parts.append(
                "<line class=\"marker\" x1=\"\(Self.format(legendX + 6))\" y1=\"7\" x2=\"\(Self.format(legendX + 6))\" y2=\"21\"/>"
                    + "<text x=\"\(Self.format(legendX + 14))\" y=\"18\">\(HTML.escape(markerLabel))</text>"
            )
        }
        // Grid and ticks.
        let step = Self.niceStep(maximum / 5)
        var tick = 0.0
        while tick <= maximum * (1 + 1e-9) {
            let position = Self.format(x(tick))
            parts.append(
                "<line class=\"grid\" x1=\"\(position)\" y1=\"\(Self.format(Self.top - 4))\" x2=\"\(position)\" "
                    + "y2=\"\(Self.format(Self.top + plotHeight))\"/>"
                    + "<text class=\"tick\" x=\"\(position)\" y=\"\(Self.format(Self.top + plotHeight + 16))\">"
                    + "\(Self.tickLabel(tick))</text>"
            )
            tick += step
        }
        parts.append(
            "<text class=\"axis-label\" x=\"\(Self.format(Self.labelWidth + Self.plotWidth / 2))\" "
                + "y=\"\(Self.format(Self.top + plotHeight + 36))\">\(HTML.escape(axisLabel))</text>"
        )
        for (row, group) in groups.enumerated() {
            let groupTop = Self.top + Double(row) * groupHeight
            parts.append(
                "<text class=\"group-label\" x=\"\(Self.format(Self.labelWidth - 8))\" "
                    + "y=\"\(Self.format(groupTop + Double(series.count) * Self.barHeight / 2 + 4))\">"
                    + "\(HTML.escape(group.label))</text>"
            )
            for (index, bar) in group.bars.enumerated() {
                guard let bar else { continue }
                let barTop = groupTop + Double(index) * Self.barHeight
                let end = x(bar.value)
                let sign = bar.status == .good || bar.status == .neutral ? "" : " \(bar.status.sign)"
                let clipped = bar.value > maximum ? " ▸" : ""
                parts.append(
                    "<rect class=\"series-\(index) \(bar.status.rawValue)\" x=\"\(Self.format(Self.labelWidth))\" "
                        + "y=\"\(Self.format(barTop + 1))\" width=\"\(Self.format(max(end - Self.labelWidth, 1)))\" "
                        + "height=\"\(Self.format(Self.barHeight - 2))\"/>"
                        + "<text class=\"value\" x=\"\(Self.format(end + 4))\" y=\"\(Self.format(barTop + Self.barHeight - 3))\">"
                        + "\(HTML.escape(bar.label))\(clipped)\(sign)</text>"
                )
            }
            if let marker = group.marker {
                let position = Self.format(x(marker))
                parts.append(
                    "<line class=\"marker\" x1=\"\(position)\" y1=\"\(Self.format(groupTop - 2))\" x2=\"\(position)\" "
                        + "y2=\"\(Self.format(groupTop + Double(series.count) * Self.barHeight + 2))\"/>"
                )
            }
        }
        if let reference {
            let position = Self.format(x(reference.value))
            parts.append(
                "<line class=\"reference\" x1=\"\(position)\" y1=\"\(Self.format(Self.top - 4))\" x2=\"\(position)\" "
                    + "y2=\"\(Self.format(Self.top + plotHeight))\"/>"
            )
        }
        parts.append(
            "<line class=\"axis\" x1=\"\(Self.format(Self.labelWidth))\" y1=\"\(Self.format(Self.top + plotHeight))\" "
                + "x2=\"\(Self.format(Self.labelWidth + Self.plotWidth))\" y2=\"\(Self.format(Self.top + plotHeight))\"/>"
        )
        parts.append("</svg>")
        return parts.joined(separator: "\n") + "\n"
    }

    /// The largest value, marker or reference (cut at `cap`), rounded up to a tick; at least 1e-9.
    func axisMaximum() -> Double {
        var largest = groups.flatMap { $0.bars.compactMap { $0?.value } + [$0.marker ?? 0] }.max() ?? 0
        largest = max(largest, reference?.value ?? 0)
        if let cap { largest = min(largest, cap) }
        guard largest > 0 else { return 1 }
        let step = Self.niceStep(largest / 5)
        return (largest / step).rounded(.up) * step
    }

    /// 1, 2 or 5 times a power of ten, at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0 else { return 1 }
        let power = pow(10, (log10(raw)).rounded(.down))
        for factor in [1.0, 2, 5, 10] where factor * power >= raw * (1 - 1e-9) { return factor * power }
        return 10 * power
    }

    static func tickLabel(_ value: Double) -> String { NumberText.decimal(value, decimals: 6) }

    static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    static let style = """
        .chart text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:#1f2933}\
        .chart .tick{text-anchor:middle;fill:#52606d}.chart .axis-label{text-anchor:middle;fill:#52606d}\
        .chart .group-label{text-anchor:end}.chart .grid{stroke:#e4e7eb}.chart .axis{stroke:#9aa5b1}\
        .chart .series-0{fill:#3b82c4}.chart .series-1{fill:#8eb8e5}.chart rect.bad{fill:#c53030}\
        .chart rect.series-1.bad{fill:#f0a4a4}.chart rect.warning{fill:#d69e2e}\
        .chart .reference{stroke:#c53030;stroke-width:1.5;stroke-dasharray:5 3}\
        .chart .marker{stroke:#1f2933;stroke-width:2}
        """
}
