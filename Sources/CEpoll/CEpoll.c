#include "CEpoll.h"

int cepoll_errno(void) { return errno; }
