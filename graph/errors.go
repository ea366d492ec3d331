package graph

import "errors"

// Sentinel errors, mapped to HTTP status once, at the edge.
var (
	// ErrNotFound: the entity, article or event does not exist.
	ErrNotFound = errors.New("not found")
	// ErrInvalid: the input or a parameter is not acceptable as given.
	ErrInvalid = errors.New("invalid argument")
	// ErrTooLarge: the input is larger than accepted.
	ErrTooLarge = errors.New("too large")
	// ErrProtected: the thing exists but may not be changed that way (the
	// seed knowledge is not an article to delete).
	ErrProtected = errors.New("protected")
	// ErrTimeout: the work ran longer than it is allowed to and was
	// stopped (a graph query).
	ErrTimeout = errors.New("timed out")
)
