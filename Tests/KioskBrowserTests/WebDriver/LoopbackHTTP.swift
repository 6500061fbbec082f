import Foundation

/// A minimal HTTP/1.1 client for servers on this machine, over a plain socket.
///
/// Foundation's URLSession on Linux refuses chromedriver's replies ("Failed writing header": its
/// header lines have no space after the colon), so the tests speak HTTP themselves. Each request
/// runs on its own dispatch thread: blocking calls must not hold the test runner's few threads.
enum LoopbackHTTP {
    struct Reply: Sendable {
        var status: Int
        var body: Data
    }

    static func send(_ method: String, _ url: URL, body: Data? = nil, timeoutSeconds: Int = 120) async throws -> Reply {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try exchange(method, url, body: body, timeoutSeconds: timeoutSeconds) })
            }
        }
    }

    private static func exchange(_ method: String, _ url: URL, body: Data?, timeoutSeconds: Int) throws -> Reply {
        guard let port = url.port, url.host == "127.0.0.1" else { throw TestSetupError("not a loopback address: \(url)") }
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw TestSetupError("cannot open a socket for \(url)") }
        defer { close(socket) }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
        guard connected else { throw TestSetupError("nothing listens at \(url.host ?? ""):\(port)") }

        let payload = body ?? Data()
        let target = url.path.isEmpty ? "/" : url.path + (url.query.map { "?" + $0 } ?? "")
        var request = Data("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n".utf8)
        if body != nil { request.append(Data("Content-Type: application/json; charset=utf-8\r\n".utf8)) }
        request.append(Data("Content-Length: \(payload.count)\r\n\r\n".utf8))
        request.append(payload)
        try request.withUnsafeBytes { bytes in
            guard let start = bytes.baseAddress else { return }
            var sent = 0
            while sent < bytes.count {
                let count = Foundation.send(socket, start + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
                guard count > 0 else { throw TestSetupError("could not send the request to \(url)") }
                sent += count
            }
        }
        return try readReply(socket, url)
    }

    /// Reads until the server closes the connection or the body announced by Content-Length is in.
    private static func readReply(_ socket: Int32, _ url: URL) throws -> Reply {
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let separator = Data("\r\n\r\n".utf8)
        while true {
            if let end = received.range(of: separator) {
                let head = String(decoding: received[..<end.lowerBound], as: UTF8.self)
                let lines = head.components(separatedBy: "\r\n")
                let status = lines.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
                let length = lines.dropFirst().compactMap { line -> Int? in
                    let parts = line.split(separator: ":", maxSplits: 1)
                    guard parts.count == 2, parts[0].lowercased() == "content-length" else { return nil }
                    return Int(parts[1].trimmingCharacters(in: .whitespaces))
                }.first
                if let length, received.count - end.upperBound >= length {
                    return Reply(status: status, body: Data(received[end.upperBound..<end.upperBound + length]))
                }
            }
            let count = recv(socket, &buffer, buffer.count, 0)
            if count > 0 {
                received.append(contentsOf: buffer[0..<count])
            } else if count == 0, let end = received.range(of: separator) {
                let status = String(decoding: received[..<end.lowerBound], as: UTF8.self).split(separator: " ").dropFirst().first
                return Reply(status: status.flatMap { Int($0) } ?? 0, body: Data(received[end.upperBound...]))
            } else {
                throw TestSetupError("no complete answer from \(url) (\(count == 0 ? "connection closed" : "timed out or failed"))")
            }
        }
    }
}
