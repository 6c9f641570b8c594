/// A database, cache or object store: `datastores.NAME`.
public struct Datastore: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case postgres, mysql, mongodb, cassandra, redis, memcached, elasticsearch, dynamodb, s3, other
    }

    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        case primary, cache, search, archive
    }

    public enum Replication: String, Sendable, Hashable, Codable, CaseIterable {
        case sync, async, none
    }

    public var name: String
    public var label: String?
    public var description: String?
    public var kind: Kind
    public var role: Role
    /// The one service that owns it (database per service).
    public var owner: String?
    public var placement: Placement
    public var serving: Serving
    public var replication: Replication?
    public var sharding: Sharding?
    public var backup: Backup?
    /// Encrypted at rest.
    public var encrypted: Bool
    /// Data classifications, an open list (`pii`, `payment`, ...).
    public var contains: [String]
    public var location: SourceLocation?

    public init(
        name: String,
        label: String? = nil,
        description: String? = nil,
        kind: Kind = .other,
        role: Role = .primary,
        owner: String? = nil,
        placement: Placement,
        serving: Serving = Serving(),
        replication: Replication? = nil,
        sharding: Sharding? = nil,
        backup: Backup? = nil,
        encrypted: Bool = false,
        contains: [String] = [],
        location: SourceLocation? = nil
    ) {
        self.name = name
        self.label = label
        self.description = description
        self.kind = kind
        self.role = role
        self.owner = owner
        self.placement = placement
        self.serving = serving
        self.replication = replication
        self.sharding = sharding
        self.backup = backup
        self.encrypted = encrypted
        self.contains = contains
        self.location = location
    }

    /// A service that uses a cache still works when the cache is down.
    public var isSoftDependency: Bool { role == .cache }
}

public struct Sharding: Sendable, Hashable, Codable {
    public var key: String
    public var shards: Int

    public init(key: String, shards: Int) {
        self.key = key
        self.shards = shards
    }
}

public struct Backup: Sendable, Hashable, Codable {
    /// Recovery point objective: how much data a restore may lose.
    public var rpo: TimeSpan?
    /// Recovery time objective: how long a restore may take.
    public var rto: TimeSpan?

    public init(rpo: TimeSpan? = nil, rto: TimeSpan? = nil) {
        self.rpo = rpo
        self.rto = rto
    }
}
