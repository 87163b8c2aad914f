import Foundation

extension String {
    /// Whether the text's UTF-8 holds `byte`, searched with `memchr` over contiguous bytes where it can be: a plain
    /// `utf8.contains` walks the view byte by byte, which costs thousands of instructions on the per-question path.
    func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        } ?? utf8.contains(byte)
    }

    /// Whether the text's UTF-8 holds the UTF-8 of `other` (`[NAME]`), searched with `memchr` and `memcmp`:
    /// Foundation's `contains` and the generic `firstRange(of:)` cost tens of thousands of instructions for a short text.
    func containsBytes(of other: String) -> Bool {
        var text = self
        var other = other
        return text.withUTF8 { haystack in
            other.withUTF8 { needle in
                guard let pattern = needle.baseAddress, !needle.isEmpty else { return true }
                guard let base = haystack.baseAddress, needle.count <= haystack.count else { return false }
                let last = haystack.count - needle.count     // the last offset the pattern can start at
                var offset = 0
                while offset <= last, let found = memchr(base + offset, Int32(needle[0]), last - offset + 1) {
                    if memcmp(found, pattern, needle.count) == 0 { return true }
                    offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                }
                return false
            }
        }
    }
}
