import CWOFF2
import Foundation

/// WOFF2 compression of OpenType fonts with Google's woff2 library (Brotli), for the
/// fonts the HTML embeds.
enum WOFF2 {
    /// `font` as WOFF2; nil when the library cannot read it as OpenType.
    static func compressed(_ font: Data) -> Data? {
        font.withUnsafeBytes { input -> Data? in
            guard let base = input.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
            var length = cwoff2_max_compressed_size(base, input.count)
            var output = Data(count: length)
            let ok = output.withUnsafeMutableBytes { out in
                cwoff2_encode(base, input.count, out.baseAddress!.assumingMemoryBound(to: UInt8.self), &length)
            }
            guard ok == 1 else { return nil }
            return output.prefix(length)
        }
    }
}
