public import ArchitectureAssessment
import ArchitectureModel
import ArchitectureOutput
import ArchitectureReview
import Foundation

/// The risk register as Markdown (for a repository or wiki) or CSV (for a spreadsheet).
public enum RiskRegisterRenderer {
    /// Counts per level and of accepted risks, for the headings of every format.
    static func summary(_ register: RiskRegister) -> String {
        let counts = Risk.Level.allCases.reversed().map { level in
            "\(register.risks.filter { $0.level == level }.count) \(level.rawValue)"
        }
        let accepted = register.risks.count - register.open.count
        return "\(Wording.count(register.risks.count, "risk")): \(counts.joined(separator: ", ")); \(accepted) accepted"
    }

    public static func markdown(_ register: RiskRegister, headingLevel: Int = 1) -> String {
        let heading = String(repeating: "#", count: headingLevel)
        var lines = [
            "\(heading) Risk register: \(register.system)", "",
            summary(register) + ".", "",
            "Score = likelihood x impact, each 1–5: low 1–4, medium 5–9, high 10–14, critical 15–25 "
                + "(docs/report.md defines the scales).",
        ]
        guard !register.risks.isEmpty else {
            return (lines + ["", "No risks: the review found nothing."]).joined(separator: "\n") + "\n"
        }
        lines += [
            "", "| id | level | score | risk | target | owner | mitigation | status |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for risk in register.risks {
            let score =
                "\(risk.score) = L\(risk.likelihood) x I\(risk.impact)<br>L: \(risk.likelihoodBasis)<br>I: \(risk.impactBasis)"
            let cells = [
                risk.id, "**\(risk.level.rawValue)**", MarkdownText.cell(score),
                "`\(risk.finding.rule)` (\(risk.finding.severity.rawValue)): \(MarkdownText.cell(risk.finding.message))",
                "`\(MarkdownText.cell(risk.finding.target))`", MarkdownText.cell(risk.owner ?? "unassigned"),
                MarkdownText.cell(risk.mitigation),
                MarkdownText.cell(statusText(risk.status)),
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 4180: CRLF line ends, a header row, fields with commas, quotes or line breaks quoted.
    public static func csv(_ register: RiskRegister) -> String {
        let header = [
            "id", "level", "score", "likelihood", "impact", "likelihood_basis", "impact_basis", "rule", "category",
            "severity", "target", "risk", "mitigation", "owner", "status", "waiver_reason", "waiver_expires",
            "location",
        ]
        var rows = [header]
        for risk in register.risks {
            var reason = ""
            var expires = ""
            if case .accepted(let text, let date) = risk.status {
                reason = text
                expires = date?.description ?? ""
            }
            rows.append([
                risk.id, risk.level.rawValue, String(risk.score), String(risk.likelihood), String(risk.impact),
                risk.likelihoodBasis, risk.impactBasis, risk.finding.rule, risk.category?.rawValue ?? "",
                risk.finding.severity.rawValue, risk.finding.target, risk.finding.message, risk.mitigation,
                risk.owner ?? "", risk.status.name, reason, expires, risk.finding.location?.description ?? "",
            ])
        }
        return rows.map { $0.map(csvField).joined(separator: ",") + "\r\n" }.joined()
    }

    /// `open`, or `accepted: REASON (until DATE)`.
    static func statusText(_ status: Risk.Status) -> String {
        switch status {
        case .open: "open"
        case .accepted(let reason, let expires):
            "accepted: \(reason)" + (expires.map { " (until \($0))" } ?? " (no expiry)")
        }
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

}
