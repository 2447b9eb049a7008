// Package templates holds the record templates (one per unit of output, in
// Czech), the projects rrp init starts from and the CI setups inside the
// rrp binary, so that rrp works in any project's repository, not only in
// this one.
package templates

import "embed"

// Records are the record templates: records/<unit>.yaml.
//
//go:embed records/*.yaml
var Records embed.FS

// Projects are the projects rrp init starts from: projects/blank, the
// empty one, and the examples, each a folder with plans/ (and records/).
//
//go:embed all:projects
var Projects embed.FS

// CI are the CI setups a new project gets: ci/github-workflow.yml,
// ci/gitlab-ci.yml and ci/pre-commit.
//
//go:embed ci/*
var CI embed.FS
