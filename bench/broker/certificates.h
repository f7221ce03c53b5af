// The certificates of the TLS loads, made at run time with the openssl
// command line: a CA, a server certificate for IP address 127.0.0.1 and a
// client certificate (for mutual TLS), each with an EC P-256 key and signed
// with SHA-256. Both brokers are given the same files, so they do the same
// cryptography. Throwaway material for one run, never for real use.
#pragma once

#include <optional>
#include <string>

namespace homewire::bench {

struct TlsFiles
{
    std::string caFile;
    std::string serverCertFile;
    std::string serverKeyFile;
    std::string clientCertFile;
    std::string clientKeyFile;
};

// Writes them into `directory` (created, readable by everyone: Mosquitto
// started as root reads its key after dropping to its own user). Nullopt with
// `error` set when openssl is missing or fails.
std::optional<TlsFiles> makeTlsFiles(const std::string &directory, std::string &error);

} // namespace homewire::bench
