import Glibc

/// Where Grail's own pure-Python library (the repository's `Lib/`: threading,
/// queue, concurrent.futures, ...) and the vendored CPython standard library
/// (`vendor/cpython-Lib/`, unmodified CPython 3.11 modules) are found. Both go
/// on `sys.path` after the script directory and PYTHONPATH, Grail's own first
/// so that its modules override CPython's.
/// Search order for `Lib/`: `$GRAIL_LIB`; `lib/grail` beside the executable's
/// directory (an installed layout); the `Lib/` directory of the source tree
/// this binary was built from. For the vendored library: `$GRAIL_STDLIB`;
/// `lib/grail-stdlib` beside the executable's directory; the source tree's
/// `vendor/cpython-Lib`.
/// Thread-safety: computed once at bootstrap; pure.
enum LibDirectory {
    static func find() -> String? {
        locate(env: "GRAIL_LIB", installed: "lib/grail", source: "Lib")
    }

    /// The vendored CPython standard library directory.
    static func findStdlib() -> String? {
        locate(env: "GRAIL_STDLIB", installed: "lib/grail-stdlib", source: "vendor/cpython-Lib")
    }

    static func locate(env: String, installed: String, source: String) -> String? {
        if let e = getenv(env), let s = String(validatingCString: e), !s.isEmpty, Importer.isDir(s) { return s }
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        if n > 0 {
            let exe = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if let slash = exe.lastIndex(of: "/") {
                let dir = String(exe[..<slash])
                let inst = dir + "/../" + installed
                if Importer.isDir(inst) { return inst }
            }
        }
        // Sources/GrailRuntime/Import/LibDirectory.swift -> <repo>/<source>
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        if parts.count > 4 {
            parts.removeLast(4)
            let dir = parts.joined(separator: "/") + "/" + source
            if Importer.isDir(dir) { return dir }
        }
        return nil
    }
}
