/// A 128-bit content hash (two independent FNV-1a lanes), printed as 32 hex digits. Names
/// cache entries and checks them for corruption; not a cryptographic hash.
public enum ContentHash {
    public static func hex(_ text: String) -> String {
        var a: UInt64 = 0xCBF2_9CE4_8422_2325
        var b: UInt64 = 0x6C62_272E_07BB_0142
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b ^ UInt64(byte ^ 0x5A)) &* 0x0000_0100_0000_01B3
            b = (b << 13) | (b >> 51)
        }
        return hex64(a) + hex64(b)
    }

    private static func hex64(_ x: UInt64) -> String {
        let digits = String(x, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
