import Foundation

/// Keeps trained models on disk, keyed by a hash of everything they were trained from, so a knowledge base trains once and then loads in milliseconds.
public struct ModelCache: Sendable {
    /// `HELPDESK_CACHE=off` turns the cache off; another value names the folder.
    public static let environmentVariable = "HELPDESK_CACHE"
    static let magic = Array("HDMODEL4".utf8)
    /// The most keys one model file is stored under.
    static let maximumKeys = 4

    public let directory: String?

    public init(directory: String?) {
        self.directory = directory
    }

    /// `$HELPDESK_CACHE`, else `$XDG_CACHE_HOME/helpdesk`, else `~/.cache/helpdesk`; nil when turned off or no home is known.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ModelCache {
        if let value = environment[environmentVariable], !value.isEmpty {
            return ModelCache(directory: value == "off" ? nil : value)
        }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return ModelCache(directory: xdg + "/helpdesk") }
        if let home = environment["HOME"], !home.isEmpty { return ModelCache(directory: home + "/.cache/helpdesk") }
        return ModelCache(directory: nil)
    }

    /// This executable's identity (device, inode, size and change time of /proc/self/exe): any rebuild changes it,
    /// so a key that includes it never finds a model that older code analysed; nil where that cannot be read.
    public static let buildIdentity: UInt64? = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return nil }
        var digest = ContentDigest()
        for part in [UInt64(info.st_dev), UInt64(info.st_ino), UInt64(info.st_size),
                     UInt64(bitPattern: Int64(info.st_ctim.tv_sec)), UInt64(info.st_ctim.tv_nsec)] { digest.add(part) }
        return digest.value
    }()

    public func path(for key: UInt64) -> String? {
        directory.map { $0 + "/model-" + String(key, radix: 16) + ".bin" }
    }

    /// The stored scorer parts, or nil when absent, unreadable or from another format.
    public func load(key: UInt64) -> (FeatureSpace, LinearModel, ScoreCalibration)? {
        guard let path = path(for: key), let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        utime(path, nil)  // marks it recently used, for `prune`
        var reader = BinaryReader(handle: handle)
        guard reader.bytes(Self.magic.count) == Self.magic,
              let keyCount = reader.integer().map(Int.init), (1...Self.maximumKeys).contains(keyCount),
              let fileKeys: [UInt64] = reader.array(count: keyCount), fileKeys.contains(key),
              let classes = reader.integer().map(Int.init), let features = reader.integer().map(Int.init),
              classes > 0, features >= 0, classes * features < 1 << 34,
              let keys: [UInt64] = reader.array(count: features),
              let idf: [Float] = reader.array(count: features),
              let unseen: [Float] = reader.array(count: 1),
              let scales: [Float] = reader.array(count: features),
              let bias: [Float] = reader.array(count: classes),
              let calibration: [Float] = reader.array(count: 3),
              let quantized: [Int8] = reader.array(count: classes * features)
        else { return nil }
        let space = FeatureSpace(keys: keys, idf: idf, unseenIDF: unseen[0])
        let model = LinearModel(classes: classes, features: features, quantized: quantized, scales: scales, bias: bias)
        return (space, model, ScoreCalibration(scoreWeight: calibration[0], marginWeight: calibration[1], intercept: calibration[2]))
    }

    /// The bytes stored under `name` by `store(data:named:)`, if any.
    public func data(named name: String) -> Data? {
        guard let directory, let data = FileManager.default.contents(atPath: directory + "/" + name) else { return nil }
        utime(directory + "/" + name, nil)  // marks it recently used, for `prune`
        return data
    }

    /// The value stored under `name` as `decode` reads it, else the one `build` makes, which is then stored as `encode`
    /// writes it. A nil `name` (a build that cannot be told apart) builds every time.
    func value<Value>(named name: String?, decode: (Data) -> Value?, build: () -> Value, encode: (Value) -> Data) -> Value {
        if let name, let data = data(named: name), let stored = decode(data) { return stored }
        let value = build()
        if let name { store(data: encode(value), named: name) }
        return value
    }

    /// The file name for data that this very build made from `parts`: `prefix`, a digest of the parts and the build,
    /// `suffix`; nil when the build cannot be told apart from others.
    static func fileName(_ prefix: String, parts: [UInt64], suffix: String) -> String? {
        guard let build = buildIdentity else { return nil }
        var digest = ContentDigest()
        for part in parts + [build] { digest.add(part) }
        return prefix + String(digest.value, radix: 16) + suffix
    }

    /// Stores `data` under `name` the way models are stored: whole or not at all. Failures are ignored.
    public func store(data: Data, named name: String) {
        guard let directory else { return }
        write(data, to: directory + "/" + name, in: directory)
    }

    /// Stores the parts; written to a temporary file and renamed, so readers never see half a file. Failures are ignored: the cache is only a speed-up.
    public func store(key: UInt64, space: FeatureSpace, model: LinearModel, calibration: ScoreCalibration) {
        store(keys: [key], space: space, model: model, calibration: calibration)
    }

    /// Stores the parts once, under the first of `keys` (at most `maximumKeys`), and links the others' names to the same file.
    public func store(keys: [UInt64], space: FeatureSpace, model: LinearModel, calibration: ScoreCalibration) {
        guard let directory, let first = keys.first, keys.count <= Self.maximumKeys, let path = path(for: first) else { return }
        var data = Data(Self.magic)
        func append<T>(_ values: [T]) { values.withUnsafeBytes { data.append(contentsOf: $0) } }
        append([UInt64(keys.count)] + keys)
        append([UInt64(model.classes), UInt64(model.features)])
        append(space.keys)
        append(space.idf)
        append([space.unseenIDF])
        append(model.scales)
        append(model.bias)
        append([calibration.scoreWeight, calibration.marginWeight, calibration.intercept])
        append(Array(model.quantized.prefix(model.classes * model.features)))
        write(data, to: path, in: directory)
        for key in keys.dropFirst() {
            guard let other = self.path(for: key) else { continue }
            let temporary = other + ".tmp-\(getpid())"
            // rename does nothing when both names are already links to one file (another process linked them first),
            // so the temporary name is always removed afterwards.
            if link(path, temporary) == 0 { _ = rename(temporary, other) }
            unlink(temporary)
        }
    }

    /// Writes to a temporary file and renames it, so readers never see half a file; then prunes old files.
    private func write(_ data: Data, to path: String, in directory: String) {
        let temporary = path + ".tmp-\(getpid())"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: temporary))
            if rename(temporary, path) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
            prune(directory)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
        }
    }
}

extension ModelCache {
    /// The most files of each kind (models, KB snapshots, vocabularies, synonym tables, phrasing words) kept: each build and each version of a KB stores its
    /// own, so old ones pile up.
    static let maximumFiles = 24

    /// How old a temporary file must be before `prune` takes it for one a stopped process left behind.
    static let abandonedAfterSeconds = 600

    /// Removes the least recently used files of each kind beyond `maximumFiles`, and temporary files left by a process
    /// that stopped while writing.
    func prune(_ directory: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let now = Int(time(nil))
        for name in names where name.contains(".tmp-") {
            var info = stat()
            let path = directory + "/" + name
            if stat(path, &info) == 0, now - Int(info.st_mtim.tv_sec) > Self.abandonedAfterSeconds { unlink(path) }
        }
        // Earlier builds stored KB snapshots as JSON.
        for (prefix, suffix) in [("model-", ".bin"), ("kb-", ".bin"), ("kb-", ".json"), ("words-", ".txt"), ("synonyms-", ".bin"), ("phrasings-", ".txt")] {
            let files = names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) }
            guard files.count > Self.maximumFiles else { continue }
            let used = files.map { name -> (String, Int) in
                var info = stat()
                let path = directory + "/" + name
                return (path, stat(path, &info) == 0 ? Int(info.st_mtim.tv_sec) : 0)
            }
            for (path, _) in used.sorted(by: { $0.1 < $1.1 }).dropLast(Self.maximumFiles) {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
    }
}

/// Reads fixed-size values and arrays from a file, in the machine's byte order.
private struct BinaryReader {
    let handle: FileHandle

    mutating func bytes(_ count: Int) -> [UInt8]? {
        guard let data = try? handle.read(upToCount: count), data.count == count else { return nil }
        return [UInt8](data)
    }

    mutating func integer() -> UInt64? {
        let values: [UInt64]? = array(count: 1)
        return values?.first
    }

    mutating func array<T>(count: Int) -> [T]? {
        let size = count * MemoryLayout<T>.stride
        guard size >= 0 else { return nil }
        if size == 0 { return [] }
        guard let data = try? handle.read(upToCount: size), data.count == size else { return nil }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            _ = data.withUnsafeBytes { memcpy(buffer.baseAddress!, $0.baseAddress!, size) }
            initialized = count
        }
    }
}
