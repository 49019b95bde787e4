#ifndef CEPOLL_H
#define CEPOLL_H
// Linux-only system headers the HTTP engine needs, gathered in one place, plus a few helpers
// that hide `struct epoll_event` (packed on x86_64) and variadic or macro-only APIs from Swift.
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#include <errno.h>
#include <stdint.h>

/// Reads errno through a function: Swift cannot always read the thread-local macro directly.
int cepoll_errno(void);

static const uint32_t cepoll_in = EPOLLIN;
static const uint32_t cepoll_out = EPOLLOUT;
static const uint32_t cepoll_rdhup = EPOLLRDHUP;
static const uint32_t cepoll_hup = EPOLLHUP;
static const uint32_t cepoll_err = EPOLLERR;
static const uint32_t cepoll_et = EPOLLET;
static const uint32_t cepoll_exclusive = EPOLLEXCLUSIVE;

/// epoll_ctl with the event spelled out as (events, data.u64); returns -1 and sets errno on failure.
int cepoll_ctl(int epfd, int op, int fd, uint32_t events, uint64_t data);

/// epoll_wait that unpacks at most `max` (<= 1024) events into two parallel arrays.
int cepoll_wait(int epfd, uint64_t *datas, uint32_t *events, int max, int timeout_ms);

/// open(path, O_RDONLY | O_CLOEXEC); -1 and errno on failure.
int cepoll_open_readonly(const char *path);

/// accept4 with SOCK_NONBLOCK | SOCK_CLOEXEC; fills `address` (an IP:port text) when not NULL.
int cepoll_accept(int listen_fd, char *address, size_t address_capacity);

/// Creates a non-blocking, close-on-exec TCP socket bound to host:port (an IPv4/IPv6 literal or a
/// name such as localhost, first address wins) with SO_REUSEADDR, and listens. Returns the fd, or
/// -1 with errno set (EINVAL for a host that does not resolve).
int cepoll_listen(const char *host, int port, int backlog);

/// The port a bound socket actually got (useful after binding port 0), or -1.
int cepoll_local_port(int fd);
#endif
