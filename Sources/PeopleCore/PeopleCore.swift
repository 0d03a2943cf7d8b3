// The view-model: state, messages, a pure update, effects as values, the key table.
