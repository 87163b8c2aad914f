import Foundation

/// A sorted list of words read from a text file (one per line, `#` starts a comment line), searched without building a set.
/// A list opened from a file is read on its first look-up: most questions never need it.
public struct WordList: Sendable, Equatable {
    /// The words and the digest, in one reference: a list is one word wide wherever it is stored (a lexicon is copied
    /// whole, and its size decides how it is copied).
    private let storage: Storage
    /// A digest of the list: of its bytes for a list made from text, of the file's size and change time for a
    /// list opened from a file (so that opening it reads nothing). For cache keys.
    public var digest: UInt64 { storage.digest }

    public init(text: String) {
        let words = Words(bytes: Array(text.utf8))
        storage = Storage(words: words, digest: words.digest)
    }

    /// Opens the file; throws when it cannot be read (it is read later, on the first look-up).
    public init(contentsOf path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, access(path, R_OK) == 0 else {
            throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        var digest = ContentDigest()
        for part in [UInt64(info.st_size), UInt64(bitPattern: Int64(info.st_mtim.tv_sec)), UInt64(info.st_mtim.tv_nsec)] {
            digest.add(part)
        }
        storage = Storage(path: path, digest: digest.value)
    }

    public var count: Int { storage.words.spans.count }

    /// Every word, in sorted order (reads a list opened from a file).
    public var words: [String] { storage.words.spans.map { String(decoding: storage.words.bytes[$0], as: UTF8.self) } }

    public func contains(_ word: String) -> Bool { storage.words.contains(word) }

    public static func == (a: WordList, b: WordList) -> Bool { a.storage === b.storage || a.storage.words == b.storage.words }

    /// The words, read from the file once, by whichever thread asks first; a file that can no longer be read is an
    /// empty list.
    private final class Storage: @unchecked Sendable {
        let path: String?
        let digest: UInt64
        private var loaded: Words?
        private let lock = NSLock()

        init(words: Words, digest: UInt64) {
            path = nil
            self.digest = digest
            loaded = words
        }

        init(path: String, digest: UInt64) {
            self.path = path
            self.digest = digest
            loaded = nil
        }

        var words: Words {
            lock.lock()
            defer { lock.unlock() }
            if let loaded { return loaded }
            let data = path.flatMap { try? Data(contentsOf: URL(fileURLWithPath: $0)) } ?? Data()
            let words = Words(bytes: data.withUnsafeBytes { Array($0.bindMemory(to: UInt8.self)) })
            loaded = words
            return words
        }
    }
}

extension WordList: SnapshotCodable {
    /// A list opened from a file is stored as its path (and opened again, unread); one made from text, as the text.
    init(from reader: inout SnapshotReader) throws {
        if try reader.bool() {
            try self.init(contentsOf: try reader.string())
        } else {
            self.init(text: try reader.string())
        }
    }

    func write(to writer: inout SnapshotWriter) {
        writer.write(storage.path != nil)
        writer.write(storage.path ?? String(decoding: storage.words.bytes, as: UTF8.self))
    }
}

/// The bytes of a word list and the span of each word, sorted. Two lists are equal when they hold the same words.
private struct Words: Equatable {
    static func == (a: Words, b: Words) -> Bool {
        a.spans.count == b.spans.count && zip(a.spans, b.spans).allSatisfy { a.bytes[$0] == b.bytes[$1] }
    }

    let bytes: [UInt8]
    /// Start and end offsets of each word in `bytes`, in sorted order.
    let spans: [Range<Int>]

    init(bytes: [UInt8]) {
        var spans: [Range<Int>] = []
        spans.reserveCapacity(bytes.count / 8)
        bytes.withUnsafeBufferPointer { b in
            var start = 0
            for i in 0...b.count where i == b.count || b[i] == 10 {
                var end = i
                if end > start, b[end - 1] == 13 { end -= 1 }
                if end > start, b[start] != 35 { spans.append(start..<end) }
                start = i + 1
            }
        }
        self.bytes = bytes
        let sorted = spans.indices.dropFirst().allSatisfy { Self.compare(bytes, spans[$0 - 1], spans[$0]) <= 0 }
        self.spans = sorted ? spans : spans.sorted { Self.compare(bytes, $0, $1) < 0 }
    }

    var digest: UInt64 {
        var digest = ContentDigest()
        bytes.withUnsafeBytes { digest.add($0) }
        return digest.value
    }

    func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { target in
            bytes.withUnsafeBufferPointer { all in
                var low = 0, high = spans.count
                while low < high {
                    let middle = (low + high) / 2
                    let order = Self.compare(UnsafeBufferPointer(rebasing: all[spans[middle]]), target)
                    if order == 0 { return true }
                    if order < 0 { low = middle + 1 } else { high = middle }
                }
                return false
            }
        }
    }

    /// Byte order of two spans of `bytes`: negative, zero or positive.
    private static func compare(_ bytes: [UInt8], _ a: Range<Int>, _ b: Range<Int>) -> Int {
        bytes.withUnsafeBufferPointer { all in
            compare(UnsafeBufferPointer(rebasing: all[a]), UnsafeBufferPointer(rebasing: all[b]))
        }
    }

    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(a.count, b.count)
        if common > 0, let x = a.baseAddress, let y = b.baseAddress {
            let order = memcmp(x, y, common)
            if order != 0 { return Int(order) }
        }
        return a.count - b.count
    }
}
