package import ArchitectureModel

extension ReviewContext {
    /// Where a service, datastore or broker is declared, and whether it is a third party.
    package func declaration(of component: String) -> (location: SourceLocation?, isExternal: Bool)? {
        if let service = service(component) { return (service.location, service.kind == .external) }
        if let store = datastore(component) { return (store.location, false) }
        if let broker = index.brokers[component].map({ model.brokers[$0] }) { return (broker.location, false) }
        return nil
    }
}
