#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1   /* must precede ncurses.h: cchar_t, wget_wch, mvaddwstr, WACS_* */
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <unistd.h>
#include <ncursesw/ncurses.h>

/* Macros Swift cannot import, as static inline functions. No static variables here: each Swift
   object file would get its own copy. */
static inline int cn_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int cn_getmaxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int cn_getmaxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }
static inline attr_t cn_a_normal(void)    { return A_NORMAL; }
static inline attr_t cn_a_bold(void)      { return A_BOLD; }
static inline attr_t cn_a_reverse(void)   { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_dim(void)       { return A_DIM; }
static inline chtype cn_acs_hline(void)    { return ACS_HLINE; }    /* valid only after initscr */
static inline chtype cn_acs_vline(void)    { return ACS_VLINE; }
static inline const cchar_t *cn_wacs_hline(void) { return WACS_HLINE; }
static inline const cchar_t *cn_wacs_vline(void) { return WACS_VLINE; }
/* wcwidth needs _XOPEN_SOURCE, which Swift's Glibc module does not set: tests compare our
   cell widths with it. */
static inline int cn_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }
/* stdscr is a global variable, which Swift 6 refuses to touch; after newterm() this returns it. */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
/* Bracketed paste (the terminal marks pasted text with ESC[200~ and ESC[201~) on or off;
   write(2) only, so a crash handler may call it. */
static inline void cn_bracketed_paste(int on) {
    const char *sequence = on ? "\033[?2004h" : "\033[?2004l";
    ssize_t written = write(STDOUT_FILENO, sequence, 8); (void)written;
}
/* Restores the terminal from a crash signal handler or at exit: no Swift runtime involved.
   Bracketed paste goes off with curses, so a shell never receives pastes it cannot read. */
static inline void cn_endwin_if_active(void) { if (!isendwin()) { endwin(); cn_bracketed_paste(0); } }
/* Whether TERM names a terminal that can move the cursor (terminfo `cup`), found without
   touching the terminal (setupterm reads the terminfo entry and writes nothing): 1 yes; 0 no
   (`dumb`, a printing terminal); -1 TERM unset or unknown. The entry is dropped again, so the
   later newterm() starts afresh. Declared here: term.h's lower-case macros (lines, columns)
   would leak into every Swift file that imports this module. */
struct term;
extern int setupterm(const char *, int, int *);
extern struct term *set_curterm(struct term *);
extern int del_curterm(struct term *);
static inline int cn_terminal_can_address(void) {
    int error = 0;
    if (setupterm(NULL, STDOUT_FILENO, &error) != OK) return -1;
    const char *cup = tigetstr("cup");
    int addressable = cup != NULL && cup != (const char *)-1;
    struct term *entry = set_curterm(NULL);
    if (entry != NULL) del_curterm(entry);
    return addressable;
}
#endif
