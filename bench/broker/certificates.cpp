#include "certificates.h"

#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace homewire::bench {

namespace {

// Runs `openssl arguments...`, its output appended to `log`; empty on success.
std::string runOpenSsl(std::vector<std::string> arguments, const std::string &log)
{
    arguments.insert(arguments.begin(), "openssl");
    std::vector<char *> argv;
    for (std::string &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    pid_t pid = -1;
    const int error = posix_spawnp(&pid, "openssl", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0)
        return std::string("cannot run openssl: ") + std::strerror(error);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return {};
    std::ifstream in(log);
    std::stringstream text;
    text << in.rdbuf();
    return "openssl " + arguments[1] + " failed (log: " + log + "): " + text.str().substr(0, 300);
}

std::vector<std::string> newKey(const std::string &path)
{
    return {"genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", path};
}

// A P-256 key, a request for `subject`, and a certificate signed by the CA
// with the extensions in `extensions`. Empty on success.
std::string issue(const std::string &directory, const std::string &name, const std::string &subject,
                  const std::string &extensions, const std::string &log)
{
    const std::string base = directory + "/" + name;
    std::ofstream(base + ".ext") << extensions;
    const std::vector<std::vector<std::string>> steps = {
        newKey(base + ".key"),
        {"req", "-new", "-key", base + ".key", "-subj", subject, "-out", base + ".csr"},
        {"x509", "-req", "-in", base + ".csr", "-CA", directory + "/ca.crt", "-CAkey", directory + "/ca.key",
         "-CAcreateserial", "-sha256", "-days", "7", "-extfile", base + ".ext", "-out", base + ".crt"},
    };
    for (const auto &step : steps) {
        if (std::string error = runOpenSsl(step, log); !error.empty())
            return error;
    }
    return {};
}

} // namespace

std::optional<TlsFiles> makeTlsFiles(const std::string &directory, std::string &error)
{
    std::filesystem::create_directories(directory);
    const std::string log = directory + "/openssl.log";
    const std::vector<std::vector<std::string>> authority = {
        newKey(directory + "/ca.key"),
        {"req", "-x509", "-new", "-key", directory + "/ca.key", "-sha256", "-days", "7", "-subj",
         "/CN=Homewire benchmark CA", "-addext", "basicConstraints=critical,CA:TRUE", "-addext",
         "keyUsage=critical,keyCertSign,cRLSign", "-out", directory + "/ca.crt"},
    };
    for (const auto &step : authority) {
        if (error = runOpenSsl(step, log); !error.empty())
            return std::nullopt;
    }
    error = issue(directory, "server", "/CN=127.0.0.1",
                  "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                  "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n",
                  log);
    if (error.empty())
        error = issue(directory, "client", "/CN=bench-client",
                      "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                      "extendedKeyUsage=clientAuth\n",
                      log);
    if (!error.empty())
        return std::nullopt;
    ::chmod(directory.c_str(), 0755);
    for (const char *key : {"/server.key", "/client.key"})
        ::chmod((directory + key).c_str(), 0644);
    return TlsFiles{directory + "/ca.crt", directory + "/server.crt", directory + "/server.key",
                    directory + "/client.crt", directory + "/client.key"};
}

} // namespace homewire::bench
