#ifndef CEPOLL_H
#define CEPOLL_H
// Linux-only system headers the HTTP engine needs, gathered in one place.
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

/// Reads errno through a function: Swift cannot always read the thread-local macro directly.
int cepoll_errno(void);
#endif
