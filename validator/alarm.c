/* alarm.c: a per-thread CPU-time alarm (asr_alarm.h): a POSIX timer on
 * CLOCK_THREAD_CPUTIME_ID that signals its own thread (SIGEV_THREAD_ID)
 * with a real-time signal. The timer is created once per thread and
 * deleted when the thread exits; arming and disarming it are one system
 * call each. Written by hand: no library in the stack offers a per-thread
 * CPU-time alarm. */
#define _GNU_SOURCE
#include "asr_alarm.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#ifndef sigev_notify_thread_id
#define sigev_notify_thread_id _sigev_un._tid
#endif

static pthread_once_t once = PTHREAD_ONCE_INIT;
static pthread_key_t key; /* a thread's timer, deleted at its exit */
static int signo;         /* 0: no handler could be installed */

static _Thread_local int tl_state; /* 0 untried, 1 have a timer, -1 cannot */
static _Thread_local timer_t tl_timer;
static _Thread_local asr_alarm_fn volatile tl_fn;
static _Thread_local void *volatile tl_arg;
static _Thread_local volatile sig_atomic_t tl_expiry;

static void on_signal(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)si;
    (void)uc;
    int saved = errno;
    asr_alarm_fn fn = tl_fn;
    if (fn != NULL)
        fn(tl_arg, ++tl_expiry);
    errno = saved;
}

static void drop_timer(void *p)
{
    timer_delete(*(timer_t *)p);
    free(p);
}

static void init(void)
{
    if (pthread_key_create(&key, drop_timer) != 0)
        return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_signal;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&sa.sa_mask);
    int s = SIGRTMIN + 4;
    if (s <= SIGRTMAX && sigaction(s, &sa, NULL) == 0)
        signo = s;
}

static int have_timer(void)
{
    if (tl_state != 0)
        return tl_state > 0;
    tl_state = -1;
    if (pthread_once(&once, init) != 0 || signo == 0)
        return 0;
    timer_t *slot = malloc(sizeof *slot);
    if (slot == NULL)
        return 0;
    struct sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_THREAD_ID;
    sev.sigev_signo = signo;
    sev.sigev_notify_thread_id = gettid();
    if (timer_create(CLOCK_THREAD_CPUTIME_ID, &sev, slot) != 0) {
        free(slot);
        return 0;
    }
    if (pthread_setspecific(key, slot) != 0) {
        drop_timer(slot);
        return 0;
    }
    tl_timer = *slot;
    tl_state = 1;
    return 1;
}

static struct timespec ms_to_ts(long ms)
{
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    return t;
}

int asr_alarm_start(long first_ms, long then_ms, asr_alarm_fn fn, void *arg)
{
    if (!have_timer())
        return -1;
    tl_expiry = 0;
    tl_arg = arg;
    tl_fn = fn;
    struct itimerspec it = {ms_to_ts(then_ms), ms_to_ts(first_ms > 0 ? first_ms : 1)};
    if (timer_settime(tl_timer, 0, &it, NULL) != 0) {
        tl_fn = NULL;
        return -1;
    }
    return 0;
}

void asr_alarm_stop(void)
{
    if (tl_state <= 0)
        return;
    tl_fn = NULL; /* first: a signal still on its way finds nothing to call */
    struct itimerspec off;
    memset(&off, 0, sizeof off);
    timer_settime(tl_timer, 0, &off, NULL);
}

long asr_thread_cpu_ms(void)
{
    struct timespec t;
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) != 0)
        return 0;
    return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}
