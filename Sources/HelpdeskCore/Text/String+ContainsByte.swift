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
}
