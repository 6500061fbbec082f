import Foundation
import Synchronization

/// A TCP proxy between a site and the central server, which the test turns to cut the link: refuse
/// every connection, cut requests part-way, or let requests through and drop the answers (the central
/// stored the batch; the site never hears it).
final class TCPProxy: Sendable {
    enum Mode: Sendable, Equatable {
        case open
        /// New connections are closed at once, open ones cut.
        case down
        /// Each chunk of a request is forwarded up to this many bytes, then the connection is cut.
        case cutRequests(afterBytes: Int)
        /// Requests go through whole; the first byte of an answer cuts the connection instead.
        case dropAnswers
    }

    let port: Int
    private let target: Int
    private let listener: Int32
    private let state = Mutex<(mode: Mode, sockets: Set<Int32>)>((.open, []))

    init(to target: Int) throws {
        self.target = target
        listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        port = try Loopback.bindAnyPort(listener)
        guard listen(listener, 64) == 0 else { throw ServerSetupError("the test proxy cannot listen on 127.0.0.1: errno \(errno)") }
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    var mode: Mode {
        get { state.withLock { $0.mode } }
        set {
            let cut = state.withLock { state in
                state.mode = newValue
                return newValue == .open ? [] : state.sockets
            }
            for socket in cut { shutdown(socket, Int32(SHUT_RDWR)) }
        }
    }

    /// Stops listening and cuts every connection.
    func close() {
        mode = .down
        shutdown(listener, Int32(SHUT_RDWR))
        Glibc.close(listener)
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            guard mode != .down, let server = connectToTarget() else {
                Glibc.close(client)
                continue
            }
            state.withLock { $0.sockets.formUnion([client, server]) }
            let finished = Mutex(0)
            let done: @Sendable () -> Void = { [self] in
                guard
                    finished.withLock({ count in
                        count += 1
                        return count == 2
                    })
                else { return }
                state.withLock { $0.sockets.subtract([client, server]) }
                Glibc.close(client)
                Glibc.close(server)
            }
            Thread.detachNewThread { [self] in
                pump(from: client, to: server, request: true)
                done()
            }
            Thread.detachNewThread { [self] in
                pump(from: server, to: client, request: false)
                done()
            }
        }
    }

    private func pump(from source: Int32, to destination: Int32, request: Bool) {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        defer {
            shutdown(source, Int32(SHUT_RDWR))
            shutdown(destination, Int32(SHUT_RDWR))
        }
        while true {
            let count = buffer.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            var forward = count
            var cut = false
            switch mode {
            case .open: break
            case .down: return
            case .cutRequests(let limit):
                if request, count > limit { (forward, cut) = (limit, true) }
            case .dropAnswers:
                if !request { return }
            }
            var sent = 0
            while sent < forward {
                // MSG_NOSIGNAL: a peer gone is an error here, not a SIGPIPE that ends the test process.
                let written = buffer.withUnsafeBytes { send(destination, $0.baseAddress.map { $0 + sent }, forward - sent, Int32(MSG_NOSIGNAL)) }
                guard written > 0 else { return }
                sent += written
            }
            if cut { return }
        }
    }

    private func connectToTarget() -> Int32? {
        let server = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = Loopback.address(port: target)
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(server, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
        if connected { return server }
        Glibc.close(server)
        return nil
    }
}
