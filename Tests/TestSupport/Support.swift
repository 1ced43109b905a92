/// Helpers shared by the tests: external tools, temporary files, PNG decoding through Cairo
/// and SVG id checks (and, in `HTMLChecks.swift`, HTML well-formedness and unique ids).
import CCairo
import Foundation

/// Runs a command-line tool and returns its standard output.
public func runTool(_ tool: String, _ args: [String]) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [tool] + args
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = Pipe()
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

/// Writes bytes to a fresh temporary file.
public func temporaryFile(_ data: Data, ext: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gfx-\(UUID().uuidString).\(ext)")
    try data.write(to: url)
    return url
}

/// A decoded PNG: ARGB32 pixels read back through Cairo.
public struct DecodedPNG {
    public var width: Int
    public var height: Int
    public var argb: [UInt32]
    public var stride: Int

    public init?(_ data: Data) {
        final class Reader { var bytes: [UInt8]; var offset = 0; init(_ b: [UInt8]) { bytes = b } }
        let reader = Reader(Array(data))
        let surface: OpaquePointer? = withExtendedLifetime(reader) {
            cairo_image_surface_create_from_png_stream({ closure, out, length in
                let r = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
                let n = Int(length)
                guard r.offset + n <= r.bytes.count, let out else { return CAIRO_STATUS_READ_ERROR }
                r.bytes.withUnsafeBufferPointer { out.update(from: $0.baseAddress! + r.offset, count: n) }
                r.offset += n
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(reader).toOpaque())
        }
        guard let surface, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        defer { cairo_surface_destroy(surface) }
        let w = Int(cairo_image_surface_get_width(surface))
        let h = Int(cairo_image_surface_get_height(surface))
        let st = Int(cairo_image_surface_get_stride(surface)) / 4
        let base = cairo_image_surface_get_data(surface)!
        argb = base.withMemoryRebound(to: UInt32.self, capacity: st * h) {
            Array(UnsafeBufferPointer(start: $0, count: st * h))
        }
        width = w; height = h; stride = st
    }

    /// (r, g, b) in 0...255 at pixel (x, y) (opaque images).
    public func rgb(_ x: Int, _ y: Int) -> (Int, Int, Int) {
        let v = argb[y * stride + x]
        return (Int((v >> 16) & 0xFF), Int((v >> 8) & 0xFF), Int(v & 0xFF))
    }
}

/// All `id="..."` values in an SVG.
public func svgIDs(_ svg: String) -> [String] {
    var ids: [String] = []
    var rest = svg[...]
    while let r = rest.range(of: " id=\"") {
        let after = rest[r.upperBound...]
        guard let end = after.firstIndex(of: "\"") else { break }
        ids.append(String(after[..<end]))
        rest = after[end...]
    }
    return ids
}

/// All `#target` references (href and url()).
public func svgReferences(_ svg: String) -> [String] {
    var refs: [String] = []
    for marker in ["href=\"#", "url(#"] {
        var rest = svg[...]
        while let r = rest.range(of: marker) {
            let after = rest[r.upperBound...]
            guard let end = after.firstIndex(where: { $0 == "\"" || $0 == ")" }) else { break }
            refs.append(String(after[..<end]))
            rest = after[end...]
        }
    }
    return refs
}
