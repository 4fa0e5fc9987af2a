// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

// tests/bench measures cold start to the first exposed window and idle memory, of this app and
// of a bare QMainWindow program built from the same hook. With TOKENSCOPE_BENCH unset this does
// nothing. TOKENSCOPE_BENCH=startup: on the first expose of the window, print
// "first-expose-ms <ms since process start>" to stdout and quit. TOKENSCOPE_BENCH=memory: after
// the first expose, let the app idle for 2 s, print "idle-rss-kib <VmRSS>" and quit.
void installBenchmarkHook(QWidget *window);
