# SPDX-License-Identifier: MIT
# bash completion for qonduit-cli: its commands, each command's options, and what their values are.
# tests/app (tst_cli) checks that every option a command's usage names is here.
_qonduit_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=${COMP_WORDS[COMP_CWORD - 1]}
    local command=${COMP_WORDS[1]}
    local credentials="--user --password-env --pfx-password-env --proxy-password-env --var --var-env --client-secret-env --token-password-env --refresh-token-env"
    local options=""
    COMPREPLY=()
    if [[ $COMP_CWORD -eq 1 ]]; then
        COMPREPLY=($(compgen -W "connection test token schema script publish sample-api import --help --version" -- "$cur"))
        return
    fi
    case $prev in
    --format)
        if [[ $command == connection || $command == import ]]; then
            COMPREPLY=($(compgen -W "qlik json" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "auto json xml csv" -- "$cur"))
        fi
        return
        ;;
    --encoding)
        COMPREPLY=($(compgen -W "utf-8 utf-16 latin-1" -- "$cur"))
        return
        ;;
    --response | --client-cert-ca | --qrs-pfx | --environment)
        COMPREPLY=($(compgen -f -- "$cur"))
        return
        ;;
    --password-env | --pfx-password-env | --proxy-password-env | --token-env | --qrs-pfx-password-env | --client-secret-env | --token-password-env | --refresh-token-env)
        COMPREPLY=($(compgen -v -- "$cur"))
        return
        ;;
    --user | --name | --select | --cloud | --space | --qrs | --header-user | --delimiter | --quote | --rows | --page-limit | --port | --var | --var-env | --operation | --request | --entry | --server | --param)
        return
        ;;
    esac
    case $command in
    connection)
        if [[ $COMP_CWORD -eq 2 ]]; then
            COMPREPLY=($(compgen -W "print validate" -- "$cur"))
            return
        fi
        options="--format"
        ;;
    test) options="$credentials" ;;
    token) options="--show-token $credentials" ;;
    schema) options="--response --format --all-pages --json --delimiter --quote --no-header --encoding --rows --page-limit $credentials" ;;
    script) options="--response --select --name --qlikview --with-connection --include-secrets --format --curl $credentials" ;;
    publish) options="--name --cloud --space --token-env --qrs --header-user --qrs-pfx --qrs-pfx-password-env --dry-run --show-secrets $credentials" ;;
    sample-api) options="--port --tls --client-cert-ca" ;;
    import)
        if [[ $COMP_CWORD -eq 2 ]]; then
            COMPREPLY=($(compgen -W "curl openapi postman insomnia har" -- "$cur"))
            return
        fi
        options="--list --operation --request --entry --server --param --environment --pagination-guess --format"
        ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}
complete -F _qonduit_cli qonduit-cli
