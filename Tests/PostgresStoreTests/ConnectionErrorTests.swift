import Foundation
import PostgresStore
import PostgresTestSupport
import Testing

/// A wrong URL, address or database gives one line naming host:port, never the password.
@Suite struct ConnectionErrorTests {
    @Test(arguments: [
        ("postgres://127.0.0.1:5432/ariane", "the user is missing"),
        ("postgres://ariane:secret@127.0.0.1:5432", "the database name is missing"),
        ("postgres://ariane:secret@127.0.0.1:5432/ariane?sslmode=maybe", "sslmode must be disable or require"),
        ("mysql://ariane:secret@127.0.0.1/ariane", "it must start with postgres://"),
    ])
    func aBadURLSaysWhatIsMissing(url: String, reason: String) throws {
        #expect {
            _ = try PostgresURL(url)
        } throws: { error in
            let text = "\(error)"
            return text.contains(reason) && !text.contains("secret")
        }
    }

    @Test func theURLIsReadWithItsPasswordAndDefaultPort() throws {
        let url = try PostgresURL("postgresql://ariane:p%40ss@db.example:6543/central?sslmode=require")
        #expect(url.host == "db.example" && url.port == 6543 && url.user == "ariane" && url.password == "p@ss")
        #expect(url.database == "central" && url.tls == .require && url.description == "db.example:6543/central")
        #expect(try PostgresURL("postgres://ariane@db/central").port == 5432)
    }

    @Test func aRefusedConnectionNamesTheAddress() async throws {
        // A port just bound and released: nothing listens there.
        let port = try freePort()
        let url = try PostgresURL("postgres://ariane:secret@127.0.0.1:\(port)/ariane")
        await #expect {
            try await PostgresPool.migrate(url)
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("127.0.0.1:\(port)/ariane: error: cannot connect to PostgreSQL: connection refused") && !text.contains("secret")
                && !text.contains("\n")
        }
    }

    @Test(.enabled(if: TestDatabase.runs)) func anUnknownDatabaseIsSaidSo() async throws {
        var url = try await TestDatabase.fresh()
        url.database = "no_such_database"
        url.password = "secret"
        await #expect {
            try await PostgresPool.migrate(url)
        } throws: { error in
            "\(error)" == "\(url.host):\(url.port)/no_such_database: error: PostgreSQL refused the connection: database \"no_such_database\" does not exist"
        }
    }

    @Test func theLocationIsAFileUnlessAPostgresURL() throws {
        #expect(try EventStoreLocation.resolve(database: "/tmp/x.sqlite", data: nil, environment: [:]) == .sqlite(path: "/tmp/x.sqlite"))
        #expect(
            try EventStoreLocation.resolve(database: nil, data: nil, environment: ["ARIANE_DB": "postgres://a@h:1/d"])
                == .postgres(try PostgresURL("postgres://a@h:1/d")))
        #expect(
            try EventStoreLocation.resolve(database: "/tmp/x.sqlite", data: nil, environment: ["ARIANE_DB": "postgres://a@h:1/d"])
                == .sqlite(path: "/tmp/x.sqlite"))
        #expect(try EventStoreLocation.resolve(database: nil, data: "/srv/ariane", environment: [:]) == .sqlite(path: "/srv/ariane/ariane.sqlite"))
    }

    private func freePort() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw POSIXError(.EADDRINUSE) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
