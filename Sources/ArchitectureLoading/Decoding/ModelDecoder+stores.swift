import ArchitectureModel

extension ModelDecoder {
    func decodeDatastore(_ name: String, _ reader: ObjectReader, zones: Zones) -> Datastore {
        let owner = reader.optional("owner", .name)
        if let owner, let service = servicesByName[owner], !service.uses.contains(name),
            !servicesWithInvalidUses.contains(owner), let node = reader.node("owner")
        {
            context.error(
                "datastore `\(name)` names `\(owner)` as its owner, but `\(owner)` does not use it",
                hint: "add `\(name)` to the `uses` of `\(owner)`, or name the service that uses it",
                path: reader.fieldPath("owner"),
                at: node
            )
        }
        var sharding: Sharding?
        if let shardingReader = reader.object("sharding"), let key = shardingReader.optional("key", .string),
            let shards = shardingReader.optional("shards", .integer)
        {
            sharding = Sharding(key: key, shards: shards)
        }
        var backup: Backup?
        if let backupReader = reader.object("backup") {
            backup = Backup(rpo: backupReader.optional("rpo", .duration), rto: backupReader.optional("rto", .duration))
        }
        return Datastore(
            name: name,
            label: reader.optional("label", .string),
            description: reader.optional("description", .string),
            kind: reader.value("kind", .enumeration(Datastore.Kind.self)),
            role: reader.value("role", .enumeration(Datastore.Role.self)),
            owner: owner,
            placement: decodePlacement(reader, zones: zones),
            serving: decodeServing(reader),
            replication: reader.optional("replication", .enumeration(Datastore.Replication.self)),
            sharding: sharding,
            backup: backup,
            encrypted: reader.value("encrypted", .boolean),
            contains: reader.list("contains", .string),
            location: reader.location
        )
    }

    func decodeBroker(_ name: String, _ reader: ObjectReader, zones: Zones) -> Broker {
        Broker(
            name: name,
            label: reader.optional("label", .string),
            description: reader.optional("description", .string),
            kind: reader.value("kind", .enumeration(Broker.Kind.self)),
            placement: decodePlacement(reader, zones: zones),
            serving: decodeServing(reader),
            location: reader.location
        )
    }

    func decodeTopic(_ name: String, _ reader: ObjectReader) -> Topic {
        Topic(
            name: name,
            label: reader.optional("label", .string),
            description: reader.optional("description", .string),
            broker: reader.optional("broker", .name) ?? "",
            partitions: reader.optional("partitions", .integer),
            delivery: reader.value("delivery", .enumeration(Topic.Delivery.self)),
            deadLetter: reader.value("dead_letter", .boolean),
            ordering: reader.optional("ordering", .enumeration(Topic.Ordering.self)),
            retention: reader.optional("retention", .duration),
            location: reader.location
        )
    }
}
