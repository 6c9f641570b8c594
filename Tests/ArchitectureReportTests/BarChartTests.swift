import Foundation
import Testing

@testable import ArchitectureReport

struct BarChartTests {
    static func chart(_ values: [Double], cap: Double? = nil) -> BarChart {
        BarChart(
            id: "chart-test",
            title: "T <&>",
            axisLabel: "x",
            series: ["now"],
            groups: values.enumerated().map { index, value in
                BarChart.Group(
                    label: "g\(index)",
                    bars: [BarChart.Bar(value: value, label: "\(value)", status: .good)],
                    marker: nil
                )
            },
            reference: (100, "saturated"),
            markerLabel: nil,
            cap: cap
        )
    }

    @Test func everyIdStartsWithTheChartsId() {
        let svg = Self.chart([10, 20]).svg()
        let ids = svg.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(ids == ["chart-test", "chart-test-title"])
        #expect(svg.contains("<title id=\"chart-test-title\">T &lt;&amp;&gt;</title>"))
    }

    /// Ticks every 50 up to 250 for a largest value of 230 (step 230 / 5 = 46 -> 50).
    @Test func ticksAreRoundNumbersUpToTheLargestValue() {
        let svg = Self.chart([230, 40]).svg()
        let ticks = svg.components(separatedBy: "<text class=\"tick\"").dropFirst().map {
            $0.split(separator: ">")[1].prefix { $0 != "<" }
        }
        #expect(ticks == ["0", "50", "100", "150", "200", "250"])
    }

    /// A bar past the cap ends at the axis end (190 + 470 = 660) and still says its value.
    @Test func valuesAboveTheCapAreCutAndMarked() {
        let svg = Self.chart([1350, 50], cap: 200).svg()
        #expect(svg.contains("width=\"470.0\""))
        #expect(svg.contains(">1350.0 ▸</text>"))
    }

    @Test func standaloneFilesDeclareTheSVGNamespace() {
        #expect(Self.chart([1]).svg(standalone: true).hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!Self.chart([1]).svg().contains("xmlns"))
    }
}
