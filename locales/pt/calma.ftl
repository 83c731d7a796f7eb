# calma — textos da interface em português do Brasil.
# Toda mensagem do arquivo em inglês precisa existir aqui (um teste verifica).

## Idiomas, por código (mostrados no seletor de idioma e no cabeçalho da ligação)
lang-pt = Português (Brasil)
lang-es = Espanhol
lang-it = Italiano
lang-hr = Croata
lang-en = Inglês

## Erros na linha de comando: uma linha clara cada
error-unknown-lang = Idioma desconhecido “{ $lang }”. Idiomas disponíveis: { $supported }.
error-not-a-terminal = O calma precisa de um terminal interativo; execute-o diretamente em um terminal, não por meio de um pipe.
error-terminal = Não foi possível configurar o terminal: { $reason }
error-output = Não foi possível escrever na saída: { $reason }
error-playbook = O roteiro tem { $count ->
        [one] um erro
       *[other] { $count } erros
    }:
error-export-dir = Não foi possível gravar o roteiro em { $dir }: { $reason }

## playbook check / export
check-ok = Roteiro válido: { $languages } idiomas, { $steps } etapas, { $principles } princípios (versão { $version }).
export-done = { $count } arquivos do roteiro gravados em { $dir }.

## Tela inicial
home-title = calma — um guia sereno para ligações difíceis
home-subtitle = Escolha um item ou pressione a letra correspondente.
home-call = Nova ligação
home-language = Idioma: { $language }
home-quit = Sair

## Fases de uma ligação
phase-open = Abertura
phase-listen = Escuta
phase-resolve = Resolução
phase-boundary = Limites
phase-escalate = Escalonamento
phase-close = Encerramento
phase-after = Pós-ligação

## Humor do cliente, de 1 a 5
mood-label = Humor
mood-1 = calmo
mood-2 = tenso
mood-3 = chateado
mood-4 = irritado
mood-5 = hostil

## Tela da ligação
call-step-count = Etapa { $n } de { $total }
call-why = Por quê
call-checklist = Lista de verificação
call-say = Diga
call-say-more = Ou diga
call-phrasing-count = { $n }/{ $total }
call-gloss = Significado
call-avoid = Evite
call-principles = Sempre
call-notes = Notas
call-no-notes = Nenhuma nota ainda: { $note } adiciona uma nota, { $promise } uma promessa.
call-recommended = A seguir: { $step }
call-no-recommendation = A seguir: você escolhe
call-time = Tempo
call-customer-lang = Cliente: { $language }
call-note-prefix = Nota
call-promise-prefix = Promessa
call-enlarge = Aumente a janela do terminal

## Marcas da lista de etapas (também explicadas na ajuda)
mark-done = concluída
mark-current = atual
mark-recommended = recomendada

## Entradas e confirmações
input-note = Nota:
input-promise = Promessa:
confirm-quit = Encerrar a ligação?
key-yes-letter = s
status-copied = Frase enviada para a área de transferência do terminal.
status-note-saved = Nota salva.
status-promise-saved = Promessa salva.
status-lang = Idioma das frases: { $language }.
status-abusive = Comportamento abusivo: estabeleça um limite firme.
status-escalate = Escalonamento: peça apoio.
status-resolved = Resolvido: encerre a ligação.
status-cancelled = Cancelado.
status-not-saved = Não foi salvo: nada foi alterado. Tente de novo.

## Ajuda
help-title = Teclas
help-marks = Marcas: ✓ concluída · ▶ atual · ★ recomendada

## Uma linha por ação (ajuda e rodapé)
key-next = próxima etapa (recomendada)
key-previous = etapa anterior
key-step-down = descer na lista de etapas
key-step-up = subir na lista de etapas
key-item-down = próximo item da lista
key-item-up = item anterior da lista
key-tick = marcar / desmarcar o item
key-phrasing = próxima frase
key-copy = copiar a frase
key-mood-up = humor: mais tenso
key-mood-down = humor: mais calmo
key-abusive = abusivo: impor limites
key-escalate = escalonar
key-resolved = resolvido: encerrar
key-note = adicionar uma nota
key-promise = adicionar uma promessa
key-lang = trocar o idioma do cliente
key-help = ajuda
key-cancel = fechar / cancelar
key-end = encerrar a ligação
key-force-quit = sair já (nada se perde)
key-confirm = confirmar
key-menu-down = descer
key-menu-up = subir
key-menu-choose = escolher

## Resumo ao fim da ligação
summary-title = Ligação encerrada
summary-duration = Duração: { $duration }
# A call's length is said in words, minutes then seconds ("2 minutes 5 seconds").
seconds-count = { $count ->
        [one] { $count } segundo
       *[other] { $count } segundos
    }
summary-steps = Etapas concluídas: { $done } de { $total }
summary-mood = Humor ao longo da ligação: { $curve }
summary-notes = { $count ->
        [0] { $count } notas
        [one] { $count } nota
       *[other] { $count } notas
    }
summary-promises = { $count ->
        [0] { $count } promessas
        [one] { $count } promessa
       *[other] { $count } promessas
    }

## Contagens mostradas em listas
notes-count = { $count ->
        [0] { $count } notas
        [one] { $count } nota
       *[other] { $count } notas
    }
minutes-count = { $count ->
        [0] { $count } minutos
        [one] { $count } minuto
       *[other] { $count } minutos
    }

## Palavras curtas da dica de teclas em uma linha
hint-next = próxima
hint-tick = marcar
hint-phrasing = frase
hint-note = nota
hint-help = teclas
hint-end = encerrar
hint-close = fechar
hint-confirm = sim
hint-cancel = não
hint-choose = escolher

## Registros de ligações: erros e avisos
error-data-dir = Não é possível usar o diretório de dados { $dir }: { $reason }. Escolha outro com --data-dir ou CALMA_DATA_DIR.
warning-lang-not-saved = Não foi possível guardar o idioma em { $file }: { $reason }
error-config = O arquivo de configurações { $place } tem um problema: { $reason } Corrija ou apague essa linha.
config-unknown-key = “{ $key }” não é uma configuração (configurações: { $known }).
config-not-text = “{ $key }” precisa de um texto entre aspas duplas.
config-not-bool = “{ $key }” precisa ser true ou false.
config-not-utf8 = nessa linha há um byte que não é texto UTF-8 (salve o arquivo em UTF-8).
config-bad-lang = “{ $value }” não é um idioma do calma ({ $supported }).
config-bad-theme = “{ $value }” não é um tema ({ $themes }).
error-journal = As notas NÃO estão sendo salvas: { $reason }
error-save = Não foi possível salvar o registro: { $reason }. Pressione { $enter } para tentar de novo.
error-save-kept = Não foi possível salvar o registro: { $reason }. A ligação foi mantida e poderá ser recuperada depois.
error-call-start = Não foi possível iniciar a ligação: { $reason }. Nada foi salvo ainda: libere espaço no disco ou escolha outra pasta com --data-dir e inicie a ligação de novo.
error-no-record = Não existe registro de ligação “{ $id }”. Execute calma history para ver os identificadores.
error-all-needs-jsonl = --all só funciona com --format jsonl (um registro por linha), e --format jsonl só com --all.
error-copy-needs-terminal = --copy envia o texto pelo terminal, mas a saída não é um terminal; tire o --copy para imprimir o texto.
export-copied = Enviado para a área de transferência pelo terminal: é só colar no chamado. (Requer OSC 52; no tmux: set -g set-clipboard on.)
error-no-follow-up = A ligação “{ $id }” não tem retorno para marcar como feito.
error-call-open-elsewhere = A ligação “{ $id }” está aberta em outra janela do calma; nada foi alterado aqui.
error-call-taken = A ligação “{ $id }” acabou de ser arquivada ou retomada em outra janela do calma; nada foi alterado aqui.
warning-skipped = ignorado: { $what }
warning-removed = arquivo residual removido: { $what }

## Recuperação de uma ligação interrompida
recover-title = Foi encontrada uma ligação interrompida
recover-details = Início: { $started } · { $notes ->
        [0] { $notes } notas
        [one] { $notes } nota
       *[other] { $notes } notas
    }

## Formulário de documentação ao fim da ligação
form-title = Documente a ligação
form-outcome = Resultado
form-summary = Resumo
form-promises = Promessas feitas
form-no-promises = Nenhuma promessa.
form-follow-up = Data de retorno
form-follow-up-help = { $today }, +3d, hoje ou amanhã; em branco para nenhuma
form-bad-date = Data inválida: digite { $today }, +3d, hoje ou amanhã.
form-past-date = { $date } já passou: digite hoje, { $today }, ou uma data posterior.
# The summary drafted from the call: sentences joined by a space.
wrap-wanted = Cliente pediu: { $note }.
wrap-escalated = Escalonado.
wrap-paused = Ligação pausada, retorno prometido.
wrap-paused-until = Ligação pausada, retorno prometido até { $time }.
wrap-resolved = Resolvido na ligação.
wrap-let-go = Ligação encerrada após ofensas repetidas.
wrap-promised = Prometido: { $promises }.
date-today = hoje
date-tomorrow = amanhã
outcome-resolved = Resolvido
outcome-escalated = Escalonado
outcome-paused = Em pausa
outcome-unresolved = Não resolvido
outcome-let-go = Parceria encerrada
summary-saved = Salvo em { $path }

## calma history
history-empty = Nenhuma ligação registrada ainda.
records-damaged = { $count ->
        [one] 1 arquivo danificado ignorado ou lido só em parte: { $what }
       *[other] { $count } arquivos danificados ignorados ou lidos só em parte; o primeiro: { $what }
    }
history-date = Data
history-duration = Duração
history-customer = Cliente / chamado
history-outcome = Resultado
history-notes = Notas
history-promises = Promessas
history-status = Status
history-id = ID
status-complete = concluída
status-interrupted = interrompida
status-live = em andamento

## calma followups
followups-empty = Nenhum retorno pendente.
followups-none-due = Nada para hoje nem atrasado.
followups-upcoming = { $count ->
    [one] Há um retorno agendado para { $next }.
   *[other] Há { $count } retornos agendados; o próximo é em { $next }.
}
home-followups = Retornos pendentes
followups-title = Retornos pendentes, os atrasados primeiro
followups-marking = Marcando como feito o retorno de { $id }…
followups-marked = Retorno de { $id } marcado como feito: ele sai da lista e do calendário.
followups-note = Como foi? (Enter para pular)
followups-reopened = Retorno de { $id } reaberto: ele volta para a lista e para o calendário.
followups-nothing-to-undo = Nada para desfazer: nenhum retorno foi marcado como feito aqui.
key-followup-done = marcar o retorno como feito
key-followup-undo = reabrir o último retorno marcado como feito
hint-followup-done = feito
hint-undo = desfazer
followups-overdue = atrasado
followups-today = para hoje
ics-summary = Retorno: { $who }
followups-no-calendar = Nenhum retorno pendente: nenhum calendário gerado.
followups-done = Retorno da ligação { $id } marcado como feito ({ $at }).
followups-already-done = O retorno da ligação { $id } já estava marcado como feito ({ $at }); { $note ->
    [yes] esta nota não foi adicionada.
   *[no] nada foi alterado.
}
ics-call-back = Retornar a ligação de { $when }

## calma export --format md
md-title = Ligação { $id }
md-started = Início
md-duration = Duração
md-customer = Cliente
md-ticket = Chamado
md-agent = Atendente
md-outcome = Resultado
md-status = Status
md-follow-up = Retorno
md-follow-up-done = Retorno feito
md-mood = Humor do cliente (1 calmo – 5 hostil)
md-talk = Tempo de fala
md-talk-value = você { $agent } · cliente { $customer }
md-talk-value-share = você { $agent } · cliente { $customer } · você { $share } % ao escutar
md-interruptions = Vezes que cortou o cliente
md-summary = Resumo
md-promises = Promessas feitas
md-notes = Notas
md-steps = Etapas do roteiro concluídas

## Prática
home-practice = Praticar um cenário
key-pick = escolher a resposta 1–4
key-own-words = responder com as suas palavras
key-continue = escolher a resposta destacada / continuar
key-retry = tentar o cenário de novo
key-back = voltar
hint-pick = escolher
hint-own-words = suas palavras
hint-continue = continuar
hint-lang = idioma
hint-retry = de novo
hint-back = voltar
practice-title = Cenários de prática
practice-subtitle = Escolha um cenário; sua melhor pontuação aparece à direita.
practice-none = Nenhum cenário de prática está instalado.
practice-unknown = Cenário desconhecido “{ $id }”. Execute { "calma practice --list" } para vê-los.
practice-difficulty = Dificuldade
practice-best = melhor: { $percent }%
practice-never = ainda não praticado
practice-customer = Cliente
practice-you = Você
practice-your-answer = Sua resposta
practice-own-prompt = Com as suas palavras (Enter envia, Esc cancela):
practice-listen-on = ● Escutando: diga a sua resposta em voz alta · nada é gravado · { $key } pausar
practice-own-heard = Eu ouvi: { $steps }.
practice-own-nothing = Não ouvi nenhuma etapa do roteiro nessa resposta.
practice-own-avoid = “{ $phrase }” é uma frase para evitar: vai contra a etapa “{ $step }”.
practice-own-shouting = Tudo em maiúsculas soa como grito: isso vai contra a etapa “{ $step }”.
practice-own-wanted = A etapa aqui era: { $step }.
practice-own-model = Uma resposta modelo: “{ $text }”
practice-own-hit = Com as suas palavras, você aplicou: { $steps }
practice-own-missed = Com as suas palavras, ficou faltando: { $steps }
practice-good = ✓ Boa
practice-weak = ~ Fraca
practice-harmful = ✗ Prejudicial
practice-step = Etapa do roteiro: { $step }
practice-score = Pontuação: { $percent }%
practice-passed = Você passou: o mínimo é { $mark }%.
practice-failed = Ainda não passou: o mínimo é { $mark }%.
practice-applied = Aplicadas
practice-missed = Não aplicadas
practice-mixed = Às vezes sim, às vezes não
practice-next = Pratique a seguir: { $step }
practice-mood = Humor do cliente: { $curve }
practice-seed = Ordem das respostas: semente { $value } (repita com --seed { $value })
practice-calm-end = O cliente terminou calmo.
practice-saved = Progresso salvo: { $attempts ->
        [one] { $attempts } tentativa
       *[other] { $attempts } tentativas
    }, melhor: { $best }%.
practice-saved-own = Com as suas palavras: { $attempts ->
        [one] { $attempts } tentativa
       *[other] { $attempts } tentativas
    }, melhor: { $best }%.

## Modo simples: uma linha por mudança, um comando por linha (leitores de tela)
plain-prompt = Comando ({ $help } para ajuda):
plain-step = Etapa { $n } de { $total }: { $title }
plain-why = Por quê: { $text }
plain-say = Diga: “{ $text }”
plain-mood = Humor: { $mood } { $label }
plain-ticked = Marcado: { $item }
plain-unticked = Desmarcado: { $item }
plain-unknown = Comando desconhecido “{ $command }”. Digite { $help } para ver os comandos.
plain-commands = Comandos:
plain-input-ended = Fim da entrada. A ligação foi mantida e poderá ser recuperada depois.
plain-not-utf8 = Essa linha tinha caracteres que não foi possível ler; ficam guardados como �.
plain-outcome = Resultado: digite o número ({ $enter }: { $default }).
plain-summary = Resumo, em uma linha:
plain-summary-drafted = Resumo, em uma linha ({ $enter }: { $default }):
plain-follow-up = Data de retorno ({ $enter }: { $default }; - para nenhuma):
plain-pick = Sua resposta, de 1 a { $count }, ou { "say" } e as suas palavras:
plain-practice-listening = Escutando: diga a sua resposta em voz alta ou digite. O que você disser aparece aqui e não é guardado.
key-jump = ir para uma etapa pelo número ou nome
plain-practice-needs-id = No modo simples, informe o cenário: { "calma practice ID --plain" } ({ "calma practice --list" } mostra os identificadores).

## Tela de histórico
home-history = Histórico de ligações
history-title = Histórico de ligações, da mais recente para a mais antiga
hint-scroll = rolar

## Keys of every screen (keymap.rs): names, help lines, footer words
keyname-space = Espaço
keyname-enter = Enter
keyname-backspace = Backspace
key-home-language = trocar o idioma
key-resume = retomar a ligação
key-file = arquivar como interrompida
key-later = decidir depois
key-save = salvar
key-delete = apagar o último caractere
key-form-outcome = escolher o resultado
key-next-field = próximo campo
key-form-enter = salvar o formulário como está, de qualquer campo
key-continue-on = continuar
hint-quit = sair
hint-resume = retomar a ligação
hint-file = arquivar como interrompida
hint-later = depois
hint-save = salvar
hint-next-field = campo
hint-discard = cancelar

## Coaching: why the next step, the timeline and adherence
reason-ended = a ligação terminou
reason-abuse-goes-on = as ofensas continuam
reason-critical = segurança ou questão jurídica
reason-abuse = ofensas
reason-hostile = gritando, sem ofender
reason-repeated-hostility = ofensas depois de limites e pausa
reason-escalating = pedindo apoio
reason-resolved = resolvido
reason-not-heard = falta ouvir o cliente
reason-flow = próxima etapa da ligação
call-update-by = Retorno prometido até { $time }
situation-upset = cliente chateado
situation-hostile = cliente gritando
situation-escalated = escalonado
situation-resolved = resolvido
situation-every = toda ligação
situation-abuse = ofensas ou ameaças
summary-visited = Só visitadas: { $steps }
summary-adherence = Roteiro seguido: { $items }
summary-cut-in = { $count ->
    [0] não interrompeu o cliente
   *[other] interrompeu o cliente { $count }×
}
md-visited = Etapas só visitadas
md-timeline = Linha do tempo
md-adherence = Roteiro seguido
moment-abuse = ofensas do cliente
moment-escalation = escalonado
moment-resolution = resolvido
moment-pause = pausa, retorno prometido até { $time }
moment-resumed = retomada depois de uma interrupção
moment-language = idioma das frases: { $language }
moment-mood = humor { $mood } ({ $label })
status-resumed = { $status } (retomada)

## Dates as people write them; clear answers in plain mode
date-after-tomorrow = depois de amanhã
# The words before a time in a promise ("at 10"), comma-separated.
date-at = às, as, até às, até as
date-weekdays = segunda-feira/segunda, terça-feira/terça, quarta-feira/quarta, quinta-feira/quinta, sexta-feira/sexta, sábado, domingo
date-months = janeiro, fevereiro, março, abril, maio, junho, julho, agosto, setembro, outubro, novembro, dezembro
date-spelled = { $weekday }, { $day } de { $month } de { $year }
form-understood = → { $date }
status-copied-first = Frase enviada para a área de transferência do terminal (precisa de OSC 52; no tmux: set -g set-clipboard on).
plain-no-item = Não existe o item { $n }: esta etapa tem { $count }.
plain-no-step = Não existe a etapa { $n }: o roteiro tem { $count }.
plain-needs-text = Digite o texto depois de { $command }, na mesma linha.
plain-mood-bound = O humor já está em { $mood } ({ $label }).

## The notes panel
call-earlier-notes = Notas anteriores
call-more-notes = mais { $count }

## Editing a text field
key-delete-forward = apagar o caractere sob o cursor
key-delete-word = apagar a palavra antes do cursor
key-delete-line = limpar o campo
key-cursor-left = cursor para a esquerda
key-cursor-right = cursor para a direita
key-cursor-home = para o início
key-cursor-end = para o fim

## Going to a step
key-jump-go = ir para a etapa
hint-go = ir
jump-prompt = Ir para a etapa (número ou palavras):
jump-none = Nenhuma etapa corresponde.

## Cues
key-cue-follow = ir para a etapa do alerta
key-cue-dismiss = fechar o alerta
call-cue-keys = { $follow } → { $step } · { $dismiss } fechar
call-cue-mood-keys = { $follow } humor { $mood } → { $step } · { $dismiss } fechar
reason-cue = pelo que o cliente disse
plain-cue = Alerta: { $card } → { $step }
moment-cue = alerta: { $card }
moment-cue-followed = alerta seguido: { $card }
moment-cue-dismissed = alerta fechado: { $card }

## Tela do histórico: a lista, o filtro e o registro aberto a partir dela
history-filter = Filtro
history-matches = { $count } de { $total }
history-no-match = Nenhuma ligação corresponde ao filtro.
status-record-copied = Resumo enviado em Markdown para a área de transferência.
key-page-down = descer uma página
key-page-up = subir uma página
key-first = ir para o início
key-last = ir para o fim
key-history-open = abrir o registro da ligação
key-history-filter = filtrar por cliente, chamado, ID ou nota
key-history-copy = copiar o resumo da ligação (Markdown)
key-filter-keep = manter o filtro
key-filter-clear = limpar o filtro
hint-open = abrir
hint-filter = filtrar
hint-copy = copiar
hint-done = pronto
hint-clear = limpar

## --help and the manual (help-cmd-<command path>, help-arg-<command path>-<argument>)
help-cmd-calma = Um guia no terminal para atendentes de suporte ao cliente em ligações difíceis
help-arg-calma-version = Mostra a versão do calma e do seu roteiro
help-arg-calma-theme = Cores: default (fundo escuro), light (fundo branco) ou high-contrast (padrão: $CALMA_THEME; senão, o arquivo de configurações)
help-arg-calma-lang = Idioma da interface: pt, es, it, hr ou en (padrão: $CALMA_LANG; senão, o arquivo de configurações; senão, LC_ALL, LC_MESSAGES, LANG)
help-arg-calma-data-dir = Onde ficam os registros de ligações (padrão: $CALMA_DATA_DIR; senão, o arquivo de configurações; senão, ~/.local/share/calma)
help-arg-calma-playbook = Um roteiro da equipe, que substitui ou completa partes do roteiro embutido (padrão: $CALMA_PLAYBOOK_DIR; senão, o playbook_dir do arquivo de configurações)
help-arg-calma-model = O modelo de fala do modo de escuta (um arquivo whisper.cpp ggml)
help-cmd-calma-call = Abre direto o guia para usar durante a ligação
help-arg-calma-call-customer-lang = O idioma do cliente para as frases (padrão: o idioma da interface)
help-arg-calma-call-customer = O nome do cliente, para o registro
help-arg-calma-call-ticket = O número do chamado, para o registro
help-arg-calma-call-plain = Linhas simples em vez de tela cheia (também quando TERM=dumb)
help-cmd-calma-practice = Pratica um cenário (se você não indicar um, escolha na lista)
help-arg-calma-practice-scenario = O identificador do cenário (veja --list)
help-arg-calma-practice-list = Imprime uma linha por cenário: identificador, tabulação, título
help-arg-calma-practice-plain = Linhas simples em vez de tela cheia (também quando TERM=dumb)
help-arg-calma-practice-seed = A semente da ordem em que as respostas aparecem (o resumo final a mostra; padrão: do relógio)
help-arg-calma-practice-listen = Responda em voz alta: a fala é transcrita neste computador e avaliada como uma resposta digitada, e as palavras não são guardadas (precisa do recurso `listen`)
help-arg-calma-practice-audio-file = Reproduz este arquivo WAV como a sua voz, em tempo real, no lugar do microfone (testes, demonstrações)
help-cmd-calma-history = Lista as ligações registradas, da mais recente para a mais antiga
help-arg-calma-history-json = Imprime JSON em vez de uma tabela
help-arg-calma-history-grep = Só as ligações em que cliente, chamado, identificador ou notas contenham este texto (ignorando acentos e maiúsculas)
help-cmd-calma-export = Imprime o registro de uma ligação, pronto para colar em um chamado
help-arg-calma-export-id = O identificador da ligação (veja `calma history`) ou `latest`
help-arg-calma-export-format = md (Markdown traduzido) ou json (o registro completo); jsonl com --all
help-arg-calma-export-all = Todos os registros, um objeto JSON por linha (com --format jsonl)
help-arg-calma-export-since = Com --all: só as ligações iniciadas nesse dia ou depois (AAAA-MM-DD)
help-arg-calma-export-until = Com --all: só as ligações iniciadas nesse dia ou antes (AAAA-MM-DD)
help-arg-calma-export-copy = Envia para a área de transferência pelo terminal (OSC 52) em vez de imprimir, para colar no chamado
help-cmd-calma-followups = Lista os retornos pendentes, primeiro os atrasados
help-arg-calma-followups-due = Só os que vencem hoje ou já venceram
help-arg-calma-followups-format = text ou ics (um arquivo iCalendar para importar em um calendário)
help-arg-calma-followups-with-names = Põe o nome do cliente nos eventos do calendário (por padrão, só o chamado, para que calendários compartilhados não mostrem nomes de clientes)
help-cmd-calma-followups-done = Marca como feito o retorno de uma ligação: ele sai da lista e do calendário
help-arg-calma-followups-done-id = O identificador da ligação (veja `calma followups`)
help-arg-calma-followups-done-note = Como foi o retorno; fica guardado no registro da ligação
help-cmd-calma-playbook = Verifica ou exporta o roteiro
help-cmd-calma-playbook-check = Valida o roteiro embutido ou um diretório de roteiro
help-arg-calma-playbook-check-dir = Um diretório com a mesma estrutura de playbooks/
help-cmd-calma-playbook-export = Grava o roteiro embutido em arquivos, para edição
help-arg-calma-playbook-export-dir = Onde gravar (o diretório é criado se não existir)
help-cmd-calma-completions = Imprime o código de autocompletar para o shell
help-arg-calma-completions-shell = O shell
help-cmd-calma-man = Imprime a página de manual (roff)
help-cmd-calma-config = Imprime as configurações em vigor e a origem de cada uma
help-cmd-calma-schema = Imprime o JSON Schema de um arquivo que o calma lê ou grava
help-arg-calma-schema-kind = playbook, scenario, record ou config

## Listen mode
key-listen = pausar ou retomar a escuta
status-not-listening = A escuta está desligada: inicie a ligação com `calma call --listen`.
listen-starting = ◌ Carregando o modelo de fala…
listen-on = ● Escutando · nada é gravado · { $key } pausar
listen-on-voice = ● Escutando só a voz (sem modelo) · nada é gravado · { $key } pausar
listen-on-kept = ● Escutando · a transcrição fica salva · { $key } pausar
listen-paused = ‖ Escuta pausada · { $key } retomar
listen-stopped = Sem escuta: { $reason }
listen-lost-agent = Sem escuta: não deu para ler o seu microfone ({ $reason }).
listen-lost-customer = Sem escuta: não deu para ler o áudio do cliente ({ $reason }).
listen-behind = A escuta não deu conta: uma parte do que foi dito ficou sem transcrição.
listen-weak = O modelo de fala { $name } erra muito neste idioma; o { $file } entende melhor (veja calma model).
listen-agent = Você disse: { $text }
listen-customer = O cliente disse: { $text }
listen-talk = Fala: você { $agent } · cliente { $customer }
listen-talk-share = Fala: você { $agent } · cliente { $customer } · você { $share } % ao escutar
call-heard = ouvido na ligação
listen-no-model = Nenhum modelo de fala encontrado em { $path }. Baixe um com `calma model fetch base` (`calma model` mostra os outros) ou use --model CAMINHO.
listen-not-a-model = { $path } não é um arquivo de modelo whisper.cpp. Baixe um com `calma model fetch base` ou use --model CAMINHO.
listen-model-unloadable = Não foi possível carregar o modelo de fala { $path }. Confira com `calma model check { $path }`; `calma model fetch NOME` baixa um completo.
listen-not-built = Este calma foi compilado sem o modo de escuta: compile de novo com `cargo build --release --features listen`.
help-cmd-calma-model = Os modelos de fala do modo de escuta: qual baixar, de onde, e onde o calma procura
help-cmd-calma-model-check = Confere um arquivo de modelo com as somas publicadas no repositório dos modelos
help-arg-calma-model-check-file = O arquivo do modelo (ggml-NOME.bin)
help-cmd-calma-model-fetch = Baixa um modelo para models/ no diretório de dados (continua um download interrompido e confere a soma de verificação; CALMA_MODEL_URL troca a origem)
help-arg-calma-model-fetch-name = O nome do modelo, como aparece em `calma model` (base, small-q5_1…)
model-list-title = Modelos de fala do modo de escuta (whisper.cpp, multilíngues), em { $source }:
model-list-where = `calma model fetch NOME` baixa um para { $dir }; ou coloque você mesmo o arquivo (ggml-NOME.bin) lá, ou use --model CAMINHO.
model-list-recommended = ← para { $langs } neste computador ({ $cores } { $cores ->
        [one] núcleo
       *[other] núcleos
    })
model-list-in-use = O modo de escuta usaria: { $path }
model-check-known = { $file }: modelo whisper.cpp { $name } ({ $size }), completo: a soma de verificação confere.
model-check-unknown = { $file }: modelo whisper.cpp sem soma de verificação conhecida pelo calma (convertido ou quantizado à mão?). Pode funcionar.
model-check-not-a-model = { $file } não é um arquivo de modelo whisper.cpp. `calma model` mostra quais baixar e de onde.
model-check-damaged = { $file } não é o modelo { $name } completo: a soma de verificação não confere. Baixe de novo com `calma model fetch { $name }`.
model-check-unreadable = Não foi possível ler { $file }: { $reason }
model-fetch-start = Baixando { $file } ({ $size }) de { $url }
model-fetch-resume = Continuando o download de { $file } a partir de { $done }, de { $url }
model-fetch-checking = Conferindo a soma de verificação…
model-fetch-done = Baixado e conferido: { $path }. O modo de escuta vai encontrá-lo aí.
model-fetch-already = { $path } já está aqui, completo: não há nada para baixar.
model-fetch-unknown = Não existe modelo chamado “{ $name }”. Os disponíveis: { $names }.
model-fetch-not-found = { $url } não foi encontrado no servidor (404). Confira o nome com `calma model` e a CALMA_MODEL_URL, se você a definiu.
model-fetch-refused = O servidor respondeu { $status } para { $url }. Tente de novo mais tarde.
model-fetch-broken = O download parou em { $done } ({ $reason }). O que chegou ficou em { $part }: rode `calma model fetch { $name }` de novo para continuar dali.
model-fetch-damaged = O download de { $file } veio corrompido (a soma de verificação não confere) e foi apagado. Rode `calma model fetch { $name }` de novo.
model-fetch-disk = Não foi possível gravar { $path }: { $reason }. Verifique o espaço livre e se dá para gravar no diretório de dados.
model-fetch-busy = Outro calma já está baixando para { $part }. Espere terminar e depois confira com `calma model`.
model-fetch-not-built = Este calma só baixa modelos se for compilado com o modo de escuta (`cargo build --release --features listen`); ou baixe { $url } você mesmo para { $dir }.
plain-heard-tick = Ouvido na ligação: { $item } ✓
plain-listening = Escutando (nada é gravado). Digite m para pausar ou retomar.
plain-listen-voice-only = Escutando só a voz: interrupções, voz alterada, silêncios e tempo de fala, não as palavras. { $reason }
plain-listen-paused = Escuta pausada.
plain-listen-resumed = Escutando de novo.
help-arg-calma-call-listen = Escuta a ligação: o que é dito marca itens da lista de verificação e dispara alertas; a transcrição é feita neste computador (precisa do recurso `listen`)
help-arg-calma-call-customer-audio = O áudio do cliente: um dispositivo de entrada, como a fonte de monitoramento do softphone (padrão: só o microfone do atendente)
help-arg-calma-call-audio-file = Reproduz este arquivo WAV como a voz do atendente, em tempo real, no lugar do microfone (testes, demonstrações, treinamento)
help-arg-calma-call-customer-audio-file = Reproduz este arquivo WAV como o áudio do cliente, em tempo real
help-arg-calma-call-keep-transcript = Guarda o que foi ouvido no arquivo de recuperação e no registro da ligação (padrão: o keep_transcript do arquivo de configurações; se estiver desligado, só as marcações e os alertas ficam guardados)
help-cmd-calma-transcribe = Mostra o que uma gravação diz, fala por fala, com o tempo em que cada fala começa (sem internet)
help-arg-calma-transcribe-file = Um arquivo WAV (qualquer taxa de amostragem e número de canais)
