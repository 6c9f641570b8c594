import ArchitectureLoading

/// Foreign names made model names: `yelp_main/api_proxy` becomes `yelp-main-api-proxy`, and the
/// original is kept as the label whenever the two differ.
package enum ImportNames {
    package static func slug(_ text: String) -> String {
        let slug = ScalarSyntax.slug(text)
        return slug.isEmpty ? "unnamed" : slug
    }

    /// The original spelling, or nil when it already is the name.
    package static func label(_ text: String) -> String? {
        slug(text) == text ? nil : text
    }
}
