package finding

// Code is the stable kebab-case name of what a finding reports: programs
// filter on it (rrp validate --format json), CI shows it as the check's
// name, and the Czech workbook picks its wording by it. Every code is
// declared here; a test reads the sources and fails on one that is not.
type Code string

// Codes of the loader: the files and their YAML.
const (
	CodeRead              Code = "read"               // a file that cannot be read
	CodeFileTooLarge      Code = "file-too-large"     // a file over the size rrp reads
	CodeEncoding          Code = "encoding"           // a file that is not UTF-8 text, or holds control characters
	CodeSyntax            Code = "syntax"             // YAML that does not parse
	CodeMultipleDocuments Code = "multiple-documents" // a file of more than one YAML document
	CodeEmptyFile         Code = "empty-file"         // a plan, records or mapping file without content
	CodeLink              Code = "link"               // a symbolic link rrp does not follow, or follows to a file read anyway
	CodeAlias             Code = "alias"              // a YAML alias or anchor, which rrp refuses
	CodeType              Code = "type"               // a value of the wrong kind: a list for a text, text for a number
	CodeDate              Code = "date"               // a date that is not YYYY-MM-DD or no such day
	CodeDuplicateKey      Code = "duplicate-key"      // a key written twice in one mapping
	CodeUnknownKey        Code = "unknown-key"        // a key rrp does not know, usually misspelt
	CodeMissingKey        Code = "missing-key"        // a required key left out
	CodeMissingValue      Code = "missing-value"      // a required key written without a value
	CodeUnfinishedImport  Code = "unfinished-import"  // an rrp import stopped half-way, its journal left in records/
	CodeUnreadFile        Code = "unread-file"        // a file under plans/ or records/ that rrp does not read (not .yaml or .yml)
	CodeSpecialFile       Code = "special-file"       // a pipe, socket or device under plans/ or records/, never opened
	CodeNotFolder         Code = "not-folder"         // records (or plans) is a file, not a folder
	CodeTag               Code = "tag"                // a YAML tag (!!binary, !custom) on a value, which rrp refuses
	CodeNumberForm        Code = "number-form"        // a number not written in decimal (0x1F, 0o17, 1_000, .inf, .nan)
	CodeMixedScript       Code = "mixed-script"       // an id mixing alphabets (a Cyrillic letter among Latin ones)
)

// Codes of the plan's checks.
const (
	CodeProjectDates       Code = "project-dates"        // the project ends before it starts
	CodePeriod             Code = "period"               // a monitoring period reversed, overlapping or outside the project
	CodeTerritoryType      Code = "territory-type"       // a territory of an unknown type
	CodeUnknownTerritory   Code = "unknown-territory"    // a territory id not in the project's territories
	CodeUnknownTargetGroup Code = "unknown-target-group" // a target group id not in the project's target groups
	CodeBudget             Code = "budget"               // a budget that is missing or not positive
	CodeFunding            Code = "funding"              // funding shares out of range or not adding up
	CodeFTE                Code = "fte"                  // a staff position's FTE out of range
	CodeStaffHours         Code = "staff-hours"          // staff hours that are not positive
	CodeStaffSize          Code = "staff-size"           // a staff count that is not a positive whole number
	CodeUnit               Code = "unit"                 // an output's unit rrp does not know
	CodePerUnit            Code = "per-unit"             // a per-unit divisor that does not fit the unit
	CodeTarget             Code = "target"               // an output's or part's target that is missing or not positive
	CodePartsSum           Code = "parts-sum"            // parts whose targets do not add up to the output's
	CodeSchedule           Code = "schedule"             // a schedule out of order, outside the project or not cumulative
	CodeDuplicateID        Code = "duplicate-id"         // an id used twice where it must be unique
	CodeMilestoneKey       Code = "milestone-key"        // a key that makes no sense on a milestone (per_unit, parts, opening, …)
	CodeDue                Code = "due"                  // a due date on an output that is not a milestone, or outside the project
	CodeDistinct           Code = "distinct"             // distinct or min_hours where they do not apply (not persons, with per_unit)
	CodeByTerritory        Code = "by-territory"         // by_territory combined with parts, or a territory listed twice
	CodeByTerritorySum     Code = "by-territory-sum"     // targets by territory that do not add up to the output's number
	CodeOpening            Code = "opening"              // an opening figure after the project or not a usable count
	CodeOpeningOverTarget  Code = "opening-over-target"  // an opening figure above the exact target or the maximum
	CodePerEvent           Code = "per-event"            // a per_event minimum that is not positive, or not whole for participants
	CodeActivityDates      Code = "activity-dates"       // an activity that ends (to) before it starts (from)
	CodePersonCodePattern  Code = "person-code-pattern"  // a person_code that is not a usable regular expression
)

// Codes of the records' checks.
const (
	CodeRecordDate           Code = "record-date"            // a record dated outside the project
	CodeFutureDate           Code = "future-date"            // a record dated after today
	CodeUnknownOutput        Code = "unknown-output"         // a record's output not in the plan
	CodeQuantity             Code = "quantity"               // a quantity that is not positive, not whole for a countable unit, or above 100 000
	CodeHours                Code = "hours"                  // hours that are not positive, or above 1 000 in one record
	CodeHoursMissing         Code = "hours-missing"          // no hours for an output counted in hours
	CodeStatus               Code = "status"                 // a status rrp does not know
	CodeNoEvidence           Code = "no-evidence"            // a held event without evidence
	CodeParticipants         Code = "participants"           // participants that do not add up, are not whole, or are above 100 000
	CodePersonalData         Code = "personal-data"          // a value or comment that looks like personal data (an e-mail, a phone, a birth number)
	CodeTextComment          Code = "text-comment"           // a note or place cut short by a " #" that YAML reads as a comment
	CodeEvidencePath         Code = "evidence-path"          // evidence given as an absolute or drive-letter path, outside the project
	CodeOverTarget           Code = "over-target"            // more recorded than an output's or part's target
	CodeOverMaximum          Code = "over-maximum"           // more recorded than an output's or part's at_most
	CodeDateTo               Code = "date-to"                // a record whose last day (date_to) is before its first (date)
	CodePersonCode           Code = "person-code"            // a person code that does not match the project's person_code
	CodePersonTwice          Code = "person-twice"           // one person code written twice in one record
	CodePersonsMissing       Code = "persons-missing"        // a held record of a distinct output without persons
	CodePersonsNotCounted    Code = "persons-not-counted"    // persons on a record of an output that does not count them
	CodeTerritoryNotPlanned  Code = "territory-not-planned"  // a held record of a territory the output's by_territory leaves out
	CodePerEventHours        Code = "per-event-hours"        // a held event shorter than its output's per_event hours
	CodePerEventParticipants Code = "per-event-participants" // a held event with fewer participants than its output's per_event
	CodePossibleDuplicate    Code = "possible-duplicate"     // a held record of the same output, date and territory as an earlier one
)

// Codes of rrp import: the sheet and the mapping file.
const (
	CodeSheetNoHeader       Code = "sheet-no-header"       // no row of the sheet names a column to import
	CodeSheetNoColumn       Code = "sheet-no-column"       // no column holds the date or the output
	CodeSheetTwoColumns     Code = "sheet-two-columns"     // two columns hold the same record key
	CodeSheetEmptyCell      Code = "sheet-empty-cell"      // a row's date or output cell left empty
	CodeSheetValue          Code = "sheet-value"           // a cell whose value cannot be read (a number, a date)
	CodeSheetRowTooLong     Code = "sheet-row-too-long"    // a row with more cells than the header
	CodeMappingShape        Code = "mapping-shape"         // a mapping file's part that is not the expected key: value lines or list
	CodeMappingValue        Code = "mapping-value"         // a mapping file's entry without a single value
	CodeMappingRecordKey    Code = "mapping-record-key"    // a column mapped to a record key that is not one
	CodeMappingFixedValue   Code = "mapping-fixed-value"   // a fixed value that cannot be read
	CodeMappingFixedColumn  Code = "mapping-fixed-column"  // a fixed key that a column of the sheet holds too
	CodeMappingUnknownGroup Code = "mapping-unknown-group" // a by_group column naming no target group of the project
	CodeMappingNoHeader     Code = "mapping-no-header"     // a mapped header the sheet does not have
)
