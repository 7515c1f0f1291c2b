module chinalac

go 1.26.0

require (
	github.com/agnivade/levenshtein v1.2.2
	github.com/andybalholm/brotli v1.2.8
	github.com/maxence-charriere/go-app/v10 v10.1.11
	golang.org/x/text v0.43.0
)

require github.com/google/uuid v1.6.0 // indirect
