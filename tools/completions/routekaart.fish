# fish completion for routekaart. Installed as share/fish/vendor_completions.d/routekaart.fish.
# Keep the lists in step with src/app.cpp, signposts/ and rules/rules.yaml
# (tests/install/completion.sh checks that).

set -l commands list explain rules validate check init schema spec rate ratings agenda diff config
set -l report_formats text markdown json
set -l check_formats text markdown json sarif junit github html
set -l slugs integrale-aanpak integratief-beeld beschikbaarheid-en-contact \
    bereidwilligheid-en-betrokkenheid veilige-omgeving niet-hoog-insteken ritme-en-structuur \
    onderwijsmogelijkheden sociaal-contact beweging samenwerking-onderwijs-hulpverlening \
    werkwijze toegewijd-team middelen
set -l rules RK001 RK002 RK003 RK004 RK005 RK006 RK007 RK008 RK009 RK010 RK011 RK012 RK013 \
    RK014 RK015 RK020 RK021 RK022 RK101 RK102 RK103 RK104 RK105 RK201 RK202 RK203 RK204 \
    RK205 RK301

complete -c routekaart -f

# Global options, before or after the command.
complete -c routekaart -s h -l help -d 'Print help and exit'
complete -c routekaart -n __fish_use_subcommand -l version -d 'Print the version and exit'
complete -c routekaart -l lang -x -a 'nl en' -d 'Language of the output'
complete -c routekaart -l catalogue -x -a '(__fish_complete_directories)' -d 'Load the signpost catalogue from this folder'
complete -c routekaart -l config -r -F -d 'Project configuration file'
complete -c routekaart -s q -l quiet -d 'check and validate print only the findings'
complete -c routekaart -s v -l verbose -d 'Also print suppressed findings'

# Commands.
complete -c routekaart -n __fish_use_subcommand -a list -d 'List the 14 signposts'
complete -c routekaart -n __fish_use_subcommand -a explain -d 'Explain a signpost or a rule'
complete -c routekaart -n __fish_use_subcommand -a rules -d 'List the rules of check and validate'
complete -c routekaart -n __fish_use_subcommand -a validate -d 'Check files against the file format'
complete -c routekaart -n __fish_use_subcommand -a check -d 'Report coverage and gaps'
complete -c routekaart -n __fish_use_subcommand -a init -d 'Write a template for a new file'
complete -c routekaart -n __fish_use_subcommand -a schema -d 'Print the JSON Schema of the format'
complete -c routekaart -n __fish_use_subcommand -a spec -d 'Write the method specification (signpost 12)'
complete -c routekaart -n __fish_use_subcommand -a rate -d 'Rate each signpost yourself'
complete -c routekaart -n __fish_use_subcommand -a ratings -d "Summarise the team's ratings"
complete -c routekaart -n __fish_use_subcommand -a agenda -d 'Write an agenda for a reflection meeting'
complete -c routekaart -n __fish_use_subcommand -a diff -d 'Show what changed between two versions'
complete -c routekaart -n __fish_use_subcommand -a config -d 'Show the project configuration'

# --format: seven formats for check and validate, three elsewhere.
complete -c routekaart -n '__fish_seen_subcommand_from check validate' -s f -l format -x -a "$check_formats" -d 'Output format'
complete -c routekaart -n '__fish_seen_subcommand_from list explain rules ratings diff' -s f -l format -x -a "$report_formats" -d 'Output format'
complete -c routekaart -n '__fish_seen_subcommand_from config' -s f -l format -x -a 'text json' -d 'Output format'

# -o/--output and --force.
complete -c routekaart -n '__fish_seen_subcommand_from validate check schema spec rate ratings agenda diff' -s o -l output -r -F -d 'Write to FILE'
complete -c routekaart -n '__fish_seen_subcommand_from validate check init schema spec rate ratings agenda diff' -l force -d 'Overwrite an existing output file'

# explain: signpost numbers, slugs and rule ids.
complete -c routekaart -n '__fish_seen_subcommand_from explain' -x -a "(seq 1 14) $slugs $rules"

# validate and check.
complete -c routekaart -n '__fish_seen_subcommand_from validate check' -l max-file-size -x -d 'Largest file to read, in bytes'
complete -c routekaart -n '__fish_seen_subcommand_from check' -l signposts -x -a '(seq 1 14)' -d 'Only these signposts, e.g. 1,2,5-7'
complete -c routekaart -n '__fish_seen_subcommand_from check' -l audience -x -a 'practitioners managers' -d 'Only the signposts for this audience'
complete -c routekaart -n '__fish_seen_subcommand_from check' -l fail-on -x -a 'error warning info never' -d 'Exit 1 when a finding reaches this severity'
complete -c routekaart -n '__fish_seen_subcommand_from check' -l min-coverage -x -d 'Exit 1 when coverage is below this percentage'
complete -c routekaart -n '__fish_seen_subcommand_from check' -l strict -d 'Missing essential signposts are errors'
complete -c routekaart -n '__fish_seen_subcommand_from check' -l follow-symlinks -d 'Also follow symbolic links to folders and out of the folder'

# init, spec, rate, ratings, agenda.
complete -c routekaart -n '__fish_seen_subcommand_from init' -l name -x -d 'Name of the intervention'
complete -c routekaart -n '__fish_seen_subcommand_from spec' -l blank -d 'Write the empty skeleton'
complete -c routekaart -n '__fish_seen_subcommand_from spec' -l check -d 'Exit 1 when placeholders (TODO) remain'
complete -c routekaart -n '__fish_seen_subcommand_from rate' -l rater -x -d 'Your name or anonymous code'
complete -c routekaart -n '__fish_seen_subcommand_from ratings agenda' -l ratings -r -F -d 'Rating file or folder'
complete -c routekaart -n '__fish_seen_subcommand_from ratings' -l crosshair -x -a 'means midpoint' -d 'Where the quadrants split'
complete -c routekaart -n '__fish_seen_subcommand_from ratings' -l plot -r -F -d 'Also draw the plot as SVG'

# Files and folders for the commands that read intervention files.
complete -c routekaart -n '__fish_seen_subcommand_from validate check init spec rate ratings agenda diff' -F
