// The ncurses front end; the only target that imports CNCurses.
import CNCurses
