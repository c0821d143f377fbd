/* asr_alarm.h: a CPU-time alarm for the calling thread, for the Lua
 * limits (lua_host.c). It counts only this thread's CPU time, so a busy
 * machine does not make a rule look slow; its signal goes to this thread
 * only, so workers do not disturb each other. */
#ifndef ASR_ALARM_H
#define ASR_ALARM_H

/* Called from the signal handler, with arg and the expiry's number (1, 2,
 * ...). It must be async-signal-safe: set flags, call lua_sethook. */
typedef void (*asr_alarm_fn)(void *arg, int expiry);

/* Arm: fn runs after first_ms of this thread's CPU time, then every
 * then_ms. Returns 0, or -1 when this thread can have no such timer (the
 * caller falls back to counting by itself). */
int asr_alarm_start(long first_ms, long then_ms, asr_alarm_fn fn, void *arg);
/* Disarm. fn is not called once this returns. */
void asr_alarm_stop(void);
/* This thread's CPU time in milliseconds (for the fallback). */
long asr_thread_cpu_ms(void);

#endif
