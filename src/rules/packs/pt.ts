import type { RuleSpec } from '../../types.js';

/**
 * Portuguese (Brazil and Portugal): paywall ("Já é assinante?"), plans, login, newsletter,
 * share and follow widgets, ads, "Leia também" links, comments, menus, cookie banners,
 * bylines ("Por …", "Da Redação"), agency notes, credits, disclaimers and copyright lines.
 *
 * `\b` only knows ASCII letters, so patterns use `(?![\p{L}])` next to accented letters.
 */
export function portugueseRules(): RuleSpec[] {
  return [
    // ---------------------------------------------------------------------------------------
    // Paywall
    {
      // A one-line pitch that ends on the bare call to subscribe (see paywall/pitch-then-subscribe).
      id: 'paywall/pt-pitch-then-subscribe',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^[^.!?]{3,60}[.!?]\s(?:[^.!?]{3,40}[.!?]\s)?(?:assine|inscreva-se|cadastre-se)(?: (?:já|agora|aqui|grátis))?\s?[.!]?$/iu,
      weight: 3,
      maxLength: 120,
      reason: 'a short pitch that ends on a call to subscribe',
      examples: {
        match: ['Jornalismo de qualidade tem valor. Assine já.', 'Não perca nada. Cadastre-se agora!'],
        noMatch: ['O prefeito pediu aos moradores que assinem.', 'Não perca nada. A câmara votou ontem.'],
      },
    },
    {
      id: 'paywall/pt-assine',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^[\p{P}\p{S}\s]{0,3}(?:(?:assine|assinar|subscreva|subscrever|seja assinante|torne-se assinante|quero assinar|faça (?:sua|a sua) assinatura)(?: (?:já|agora|hoje|aqui|o [\p{L}\p{N}' .-]{1,30}|a [\p{L}\p{N}' .-]{1,30}|por (?:r\$|€|\$)?\s?\d[\d,.]*(?:\s?(?:€|euros?))?(?:\s?(?:\/|por|ao|no) ?(?:mês|ano|semana|primeiro mês))?|a partir de (?:r\$|€)?\s?\d[\d,.]*\S{0,10})){0,2}|(?:veja|ver|conheça|escolha|confira) (?:os |nossos |nossas |o |seu |a )?(?:planos|plano|ofertas?|assinaturas?)(?: disponíveis| digitais?)?|(?:teste|experimente) (?:grátis|gratuitamente|por \d+ dias)(?:\s.{0,30})?|oferta (?:especial|exclusiva|limitada|de lançamento)(?:\s.{0,50})?|continue lendo|continuar lendo|leia (?:a|esta) (?:matéria|reportagem|notícia) (?:completa|na íntegra))[!.…]?$/iu,
      weight: 4,
      reason: 'a call to subscribe',
      examples: {
        match: [
          'Assine',
          'Assine já',
          'Assine por R$ 1,90 no primeiro mês',
          'Seja assinante',
          'Conheça nossos planos',
          'Subscreva',
        ],
        noMatch: ['Assine embaixo quem concorda, brincou o deputado durante a sessão.'],
      },
    },
    {
      id: 'paywall/pt-ja-assinante',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^[\p{P}\p{S}\s]{0,3}(?:(?:você )?já (?:é|sou|és) (?:assinante|subscritora?|cadastrad[oa]|registad[oa]|registrad[oa]|membro|sócio)|(?:você )?já tem (?:uma )?(?:conta|assinatura)|já tenho (?:uma )?(?:conta|assinatura)|(?:ainda )?não (?:é|és) (?:assinante|subscritora?|cadastrad[oa]|registad[oa])|(?:ainda )?não tem (?:uma )?(?:conta|assinatura))(?:\s?\?.{0,60}|[\s,:.!–-]+(?:entre|entrar|faça|fazer|clique|acesse|inicie|iniciar|aqui|assine|cadastre-se|registe-se|login)(?![\p{L}]).{0,50})?$/iu,
      weight: 5,
      reason: 'an "already a subscriber? log in" prompt',
      examples: {
        match: [
          'Já é assinante? Entre',
          'Já é assinante? Faça seu login',
          'Já sou assinante',
          'Ainda não é assinante?',
          'Já é subscritor? Inicie sessão',
        ],
        noMatch: ['Já é assinante do jornal há trinta anos e nunca deixou de ler a coluna.'],
      },
    },
    {
      id: 'paywall/pt-exclusivo',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /(?:este|esta|o|a) (?:conteúdo|matéria|reportagem|artigo|notícia|vídeo|texto)\s.{0,30}(?:é |está )?(?:exclusiv[oa]|reservad[oa]|disponível (?:apenas|somente|só)) (?:para|a) (?:nossos )?(?:assinantes|subscritores|cadastrados|membros)|^(?:conteúdo |artigo |matéria )?(?:exclusiv[oa]|reservad[oa]) (?:para|a) (?:assinantes|subscritores|membros)(?:\s.{0,30})?\.?$|para (?:continuar|seguir) lendo[\s,].{0,40}(?:assin|entr|cadastr|fa[çc]a login|subscrev|registe)|(?:assine|cadastre-se|faça login|entre|subscreva|registe-se) (?:grátis |gratuitamente |gratis )?(?:para|e) (?:continuar|ler|acessar|aceder|desbloquear|liberar)|você (?:atingiu|alcançou|chegou ao) (?:o )?limite\s.{0,60}|(?:atingiu|alcançou) o limite de (?:matérias|reportagens|artigos|notícias|textos)/iu,
      weight: 5,
      reason: 'says the rest of the article is for subscribers or the limit is reached',
      examples: {
        match: [
          'Conteúdo exclusivo para assinantes.',
          'Cadastre-se grátis para continuar lendo',
          'Este conteúdo é exclusivo para assinantes.',
          'Para continuar lendo, assine o jornal.',
          'Você atingiu o limite de 5 reportagens gratuitas por mês.',
          'Conteúdo exclusivo para assinantes',
        ],
        noMatch: [
          'O estacionamento é exclusivo para assinantes do serviço de bicicletas, lembra a prefeitura.',
        ],
      },
      truncates: true,
      maxLength: 250,
    },
    {
      id: 'paywall/pt-article-count',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^(?:você (?:tem|ainda tem) (?:direito a |acesso a )?|restam(?:-lhe)? |faltam )?\d{1,2} (?:matérias?|reportagens?|artigos?|notícias?|textos?|acessos?) (?:gratuit[oa]s?|grátis|restantes?|por (?:mês|dia|semana))(?: (?:por (?:mês|dia|semana)|neste mês|este mês|restantes?)){0,2}[.!]?$|assinantes podem liberar \d+ acessos/iu,
      weight: 5,
      reason: 'counts the free articles',
      examples: {
        match: ['Você tem 3 reportagens gratuitas por mês', 'Restam 2 matérias grátis neste mês'],
        noMatch: ['O portal oferece 3 reportagens gratuitas por mês desde o lançamento do novo site.'],
      },
      truncates: true,
      maxLength: 160,
    },
    {
      id: 'paywall/pt-premium-badge',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^(?:premium|exclusivo|(?:exclusivo |só |apenas )?(?:para )?assinantes|conteúdo (?:premium|exclusivo)|[\p{L}]{1,8}\s?\+)[.:!]?$/iu,
      weight: 3,
      reason: 'a subscriber-only badge',
      examples: {
        match: ['Exclusivo para assinantes', 'Assinantes', 'Premium'],
        noMatch: ['Exclusivo: governo prepara reforma ministerial.'],
      },
    },
    {
      id: 'paywall/pt-apoio',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^(?:apoie|quero apoiar|contribua|faça uma doação|doe(?: agora)?|apoie (?:o|a) [\p{L}\p{N}. ]{1,25})[!.]?$|apoi(?:e|ar|a) (?:o|ao|nosso|um) jornalismo (?:independente|profissional|livre|de qualidade|local)/iu,
      weight: 3,
      reason: 'a donation or membership appeal',
      examples: {
        match: ['Apoie o jornalismo independente', 'Quero apoiar'],
        noMatch: ['O governo vai apoiar a imprensa local com um fundo especial, disse o ministro.'],
      },
      maxLength: 300,
    },

    // ---------------------------------------------------------------------------------------
    // Plans and prices
    {
      id: 'plans/pt-duration',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^(?:\d{1,2}|um|uma|dois|duas|três|seis|doze)\s?(?:m[êe]s(?:es)?|anos?|semanas?|dias?)(?:\s(?:de acesso|grátis|de teste|sem fidelidade))?$|^(?:mensal|anual|semestral|trimestral|semanal|plano (?:mensal|anual|semestral|digital|premium|básico)|assinatura (?:mensal|anual|digital)|por mês|ao mês|por ano|ao ano)\.?$/iu,
      weight: 2.5,
      reason: 'a plan duration on its own line',
      examples: {
        match: ['Mensal', 'Anual', '12 meses', 'Plano anual', 'por mês'],
        noMatch: ['Três meses depois, ele voltou para casa.'],
      },
    },
    {
      id: 'plans/pt-billing-terms',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /(?:^|[.!] )(?:sem fidelidade|cancele (?:quando quiser|a qualquer momento))|cancelamento (?:a qualquer momento|fácil|online)|(?:depois|após|e depois),? (?:r\$|€)\s?\d+(?:[,.]\d\d)?|(?:no )?primeiro (?:mês|ano) (?:grátis|por (?:r\$|€)?\s?\d)|nos \d+ primeiros meses|renovação automática|renovad[oa] automaticamente|iva incluído|em vez de (?:r\$|€)\s?\d+|(?<!\d)\d+\s?% de desconto|economize (?:até )?\d+\s?%|(?:a )?(?:melhor|mais popular) (?:oferta|opção)/iu,
      weight: 4,
      reason: 'billing terms of a subscription offer',
      examples: {
        match: [
          'Sem fidelidade, cancele quando quiser',
          'R$ 1,90 no primeiro mês, depois R$ 29,90',
          'Renovação automática',
          'Depois, R$ 29,90 por mês. Cancele quando quiser.',
        ],
        noMatch: ['O contrato pode ser cancelado a qualquer momento, explicou o advogado.'],
      },
      maxLength: 160,
    },
    {
      id: 'plans/pt-price',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^(?:(?:por|apenas|só|a partir de|depois|após)\s)*(?:(?:r\$|€|\$)\s?\d+(?:[,.]\d{2,3}){0,3}|\d+(?:[,.]\d\d)?\s?(?:€|euros?|reais))(?:\s?(?:\/|por|ao|no|nos|durante)\s?[\p{L}\p{N}. ]{0,30})?\*?$/iu,
      weight: 3,
      // Every price holds a digit: the matcher skips the rule on digit-free lines.
      needsDigit: true,
      reason: 'a price with its billing period',
      examples: {
        match: ['R$ 1,90 no primeiro mês', 'Por R$ 9,90/mês', '4,99 € por mês'],
        noMatch: ['O ingresso custa 20 reais e vale para o dia inteiro.'],
      },
      maxLength: 70,
    },
    {
      id: 'plans/pt-benefit-item',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^(?:leia sem limites|leitura ilimitada|acesso (?:ilimitado|completo|total|a todo o conteúdo|a todos os conteúdos)(?: (?:a|ao|em|no) [\p{L}\p{N}' .-]{1,40})?|sem (?:publicidade|anúncios)|navegação sem (?:publicidade|anúncios)|(?:a )?(?:edição|versão) (?:impressa|digital|em pdf)(?: do jornal)?|(?:o )?acervo(?: digital)?|newsletters? exclusivas?|conteúdos? exclusivos?|(?:seus |os )?benefícios(?: do assinante| da assinatura)?|(?:vantagens|benefícios) de (?:ser )?assinante|em todos os (?:seus )?dispositivos)[.!]?$/iu,
      weight: 2,
      reason: 'an item of a subscription benefit list',
      examples: {
        match: [
          'Leia sem limites',
          'Acesso ilimitado ao conteúdo digital',
          'Navegação sem anúncios',
          'Acervo digital',
        ],
        noMatch: ['Sem publicidade oficial, o jornal teve de demitir metade da redação.'],
      },
      maxLength: 100,
    },

    // ---------------------------------------------------------------------------------------
    // Account
    {
      id: 'account/pt-login',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^(?:entrar|entre|fazer login|faça (?:seu |o )?login|login|sair|cadastre-se|cadastrar|cadastro|registre-se|registe-se|registar|registrar|criar (?:uma |sua )?conta(?: grátis| gratuita)?|crie (?:sua|a sua|uma) conta(?: grátis| gratuita)?|minha conta|meu perfil|(?:iniciar|terminar|encerrar) sessão|esqueceu (?:sua |a )?senha\s?\??|esqueci (?:minha|a) (?:senha|palavra-passe)|(?:entrar|continuar) com (?:google|apple|facebook|(?:seu )?e-?mail)|senha|palavra-passe)(?:\s?(?:\/|\||ou)\s?(?:cadastre-se|cadastrar|registre-se|registe-se|criar conta|entrar))?(?: grátis| gratuitamente| agora| aqui)?[.!:]?$/iu,
      weight: 4,
      reason: 'a sign-in or register prompt',
      examples: {
        match: [
          'Entrar',
          'Cadastre-se',
          'Crie sua conta grátis',
          'Minha conta',
          'Esqueceu sua senha?',
          'Entrar / Cadastre-se',
          'Iniciar sessão',
        ],
        noMatch: ['Entrar na faculdade era o sonho de toda a família.'],
      },
    },
    {
      id: 'account/pt-login-required',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^(?:você precisa|é (?:necessário|preciso)|tem de|precisa) (?:estar (?:logad[oa]|cadastrad[oa]|registad[oa])|fazer login|ser assinante|iniciar sessão|se cadastrar)(?![\p{L}]).{0,100}$|^(?:faça login|entre|cadastre-se|inicie sessão|registe-se)(?: gratuitamente)? (?:para|e) (?:comentar|salvar|seguir|ler|acessar|aceder|continuar)(?![\p{L}]).{0,80}$|^para (?:comentar|salvar|seguir)[\s,].{0,40}(?:assin|logad|login|cadastr|sessão|registad).{0,80}$/iu,
      weight: 5,
      reason: 'says the reader must log in',
      examples: {
        match: [
          'Faça login para comentar',
          'Para comentar, é necessário ser assinante.',
          'Você precisa estar logado para salvar esta matéria.',
        ],
        noMatch: ['Para comentar a decisão, o ministro convocou a imprensa na segunda-feira.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Newsletter and apps
    {
      id: 'newsletter/pt-sign-up',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /newsletters?\s.{0,60}(?:assin|inscrev|cadastr|receb|e-?mail|caixa de entrada|subscrev)|(?:assine|inscreva-se|cadastre-se|receba|subscreva)\s.{0,40}(?:newsletter|no seu e-?mail|em seu e-?mail|no (?:seu )?whatsapp|na sua caixa)|(?:todas as|toda) (?:manhãs?|noites?|tardes?|semana|sexta|segunda)\s.{0,40}(?:no|em) seu e-?mail/iu,
      weight: 4,
      reason: 'a newsletter sign-up',
      examples: {
        match: [
          'Receba as principais notícias do dia no seu e-mail',
          'Inscreva-se na nossa newsletter',
          'Receba notícias do Jornal Exemplo no WhatsApp',
        ],
        noMatch: ['A newsletter da empresa, criada em 2015, tem hoje 40 mil leitores.'],
      },
      maxLength: 220,
    },
    {
      id: 'newsletter/pt-form',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^(?:(?:seu |o seu |digite (?:o )?seu |insira (?:o )?seu |informe (?:o )?seu )?(?:endereço de )?e-?mail(?: \*)?|obrigad[oa] por (?:se inscrever|se cadastrar|assinar|subscrever)\s?!?|(?:sua|a sua) inscrição (?:foi|está) (?:confirmada|realizada|concluída)|ao (?:se inscrever|se cadastrar|clicar|assinar|subscrever)[\s,].{0,150}(?:concorda|aceita|termos|política)(?![\p{L}]).{0,120}|(?:você )?pode cancelar (?:a inscrição|o recebimento)\s.{0,100}|(?:receba|receber|assine) (?:a|nossa|nossas|as) newsletters?(?: [\p{L}\p{N}' -]{1,30})?|(?:nossas |as )?newsletters?)[.!:]?$/iu,
      weight: 4,
      reason: 'a newsletter form field or confirmation',
      examples: {
        match: [
          'Digite seu e-mail',
          'Obrigado por se inscrever!',
          'Newsletters',
          'Ao se inscrever, você concorda com nossos termos de uso.',
        ],
        noMatch: ['O e-mail do suspeito levou a polícia até um servidor na Rússia.'],
      },
    },
    {
      id: 'newsletter/pt-app-promo',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^(?:baixe|instale|descarregue) (?:grátis |gratuitamente )?(?:o|nosso) (?:app|aplicativo|aplicação)(?![\p{L}]).{0,80}$|disponível (?:grátis )?(?:na|no) (?:app store|google play)|^(?:entre|participe|siga|acompanhe)(?: o| no| do)? (?:nosso |o )?canal (?:do|de|no) (?:[\p{L}\p{N}.' -]{1,30} )?(?:no )?(?:whatsapp|telegram)(?![\p{L}]).{0,60}$/iu,
      weight: 4,
      reason: 'an app or channel promotion',
      examples: {
        match: ['Baixe o app e receba alertas de notícias', 'Entre no canal do Jornal Exemplo no WhatsApp'],
        noMatch: ['O aplicativo foi baixado um milhão de vezes no ano passado.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Share and follow
    {
      id: 'share/pt-compartilhar',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^(?:compartilhar|compartilhe|partilhar|partilhe|presentear (?:esta |este )?(?:notícia|matéria|reportagem|artigo)|compartilh(?:ar|e) (?:no|pelo|por|via) (?:facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail)|(?:compartilhe|partilhe|compartilhar) (?:esta|este|a|o) (?:notícia|matéria|reportagem|artigo)|enviar|enviar por (?:e-?mail|whatsapp)|imprimir|copiar (?:o )?link|link copiado|copiar|salvar|salvar (?:o |este |a |esta )?(?:artigo|matéria|notícia|reportagem)|salvar para ler depois|guardar|ouvir|ouça (?:esta|a) (?:notícia|matéria|reportagem)|ouvir (?:notícia|matéria|reportagem|artigo)|facebook|twitter|whatsapp|linkedin|telegram|messenger|pinterest|flipboard|e-?mail|tamanho (?:do )?(?:texto|letra))(?:[\s|/,•·:]+(?:compartilhar|partilhar|enviar|imprimir|copiar|salvar|guardar|ouvir|facebook|twitter|whatsapp|linkedin|telegram|messenger|pinterest|flipboard|e-?mail|\d+ (?:comentários?|compartilhamentos)))*[:.]?$/iu,
      weight: 4,
      reason: 'share, save or print buttons',
      examples: {
        match: [
          'Compartilhar',
          'Compartilhe esta notícia',
          'Copiar link',
          'Facebook | Twitter | WhatsApp',
          'Salvar para ler depois',
          'Presentear este artigo',
        ],
        noMatch: ['Compartilhar a mesa com desconhecidos é tradição na cidade.'],
      },
      maxLength: 120,
    },
    {
      id: 'share/pt-siga',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^(?:siga-nos|sigam-nos|siga (?:o|a) [\p{L}\p{N}@.' -]{1,30}|acompanhe (?:o|a) [\p{L}\p{N}@.' -]{1,30}) (?:no|na|nas|pelo|pelas|em) (?:facebook|twitter|x|instagram|tiktok|youtube|whatsapp|telegram|linkedin|threads|google (?:news|notícias)|redes sociais)(?![\p{L}]).{0,60}$|^(?:seguir|seguindo|deixar de seguir|siga)\s?\+?$/iu,
      weight: 4,
      reason: 'a follow-us prompt or follow button',
      examples: {
        match: ['Siga-nos no Instagram', 'Siga o Jornal Exemplo no Google News', 'Seguir'],
        noMatch: ['Siga a estrada até o fim e vire à esquerda, orientou o guarda.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Ads
    {
      id: 'ads/pt-label',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^[-–—_*\s[(]*(?:conteúdo (?:patrocinado|de marca|publicitário|pago)|patrocinado|publieditorial|informe publicitário|anúncios?|espaço publicitário|(?:em parceria com|apresentado por|patrocinado por|oferecido por|conteúdo oferecido por) [\p{L}\p{N}.&' -]{1,40})[\s)\]*_–—-]*$/iu,
      weight: 5,
      reason: 'an advertisement or sponsor label',
      examples: {
        match: ['Conteúdo patrocinado', 'Informe publicitário', 'Oferecido por Banco Exemplo', 'ANÚNCIO'],
        noMatch: ['Anúncio do governo: salário mínimo terá reajuste de 5%.'],
      },
    },
    {
      id: 'ads/pt-continues-below',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^(?:(?:a )?(?:matéria|reportagem|notícia|texto) )?continua (?:após|depois d[ao]|abaixo d[ao]) (?:a )?(?:publicidade|anúncio)[.…]?$|^(?:fechar|pular) (?:publicidade|anúncio)$/iu,
      weight: 6,
      reason: 'an ad-slot marker inside the text',
      examples: {
        match: ['Continua após a publicidade', 'CONTINUA DEPOIS DA PUBLICIDADE', 'Pular anúncio'],
        noMatch: ['Continua após a publicidade a polêmica entre as duas marcas de cerveja.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Consent, footer links and browser notices
    {
      id: 'consent/pt-cookie-notice',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^(?:(?:este|nosso|o nosso) (?:site|portal|website|sítio)(?: web)? (?:utiliza|usa) cookies|(?:nós )?(?:utilizamos|usamos) cookies(?: próprios e de terceiros| de terceiros| essenciais)?(?: e (?:tecnologias semelhantes|outras tecnologias))?,? (?:para|com|que|e)|ao (?:continuar|prosseguir) (?:navegando|a navegar|a utilizar|utilizando|usando)|(?:a sua|sua) privacidade (?:é importante|nos importa)|valorizamos a sua privacidade|nós e (?:os )?nossos parceiros)(?![\p{L}]).{0,300}$/iu,
      weight: 6,
      // Cookie notices run to two or three sentences.
      maxLength: 400,
      reason: 'a cookie notice',
      examples: {
        match: [
          'Utilizamos cookies para melhorar sua experiência em nosso site.',
          'Ao continuar navegando, você concorda com a nossa Política de Privacidade.',
        ],
        noMatch: ['Usamos cookies de aveia nesta receita, explica a confeiteira.'],
      },
    },
    {
      id: 'consent/pt-buttons',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^(?:aceitar(?: todos| todos os cookies| cookies| e (?:fechar|continuar))?|aceito|rejeitar(?: todos)?|recusar(?: todos)?|continuar sem aceitar|(?:configurar|gerenciar|gerir|personalizar) (?:os )?(?:cookies|preferências|opções)|configurações de (?:cookies|privacidade)|(?:ok,? )?entendi|concordo|prosseguir|mais (?:informações|opções))[.!]?$/iu,
      weight: 3,
      reason: 'a consent button',
      examples: {
        match: ['Aceitar todos', 'Rejeitar', 'Gerenciar cookies', 'Ok, entendi'],
        noMatch: ['Aceitar a derrota não é fácil, admitiu o treinador.'],
      },
    },
    {
      id: 'consent/pt-footer-links',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^(?:política de (?:privacidade|cookies)|privacidade|termos de uso|termos e condições|condições de uso|fale conosco|contato|contactos?|quem somos|sobre nós|expediente|anuncie(?: conosco)?|trabalhe conosco|mapa do site|ficha técnica|estatuto editorial|central do assinante|atendimento ao assinante|princípios editoriais|código de ética|perguntas frequentes)(?:\s?[|•·/,]\s?(?:política de (?:privacidade|cookies)|privacidade|cookies|termos de uso|termos e condições|condições de uso|fale conosco|contato|contactos?|quem somos|sobre nós|expediente|anuncie(?: conosco)?|publicidade|trabalhe conosco|mapa do site|ficha técnica|estatuto editorial|ajuda|rss|perguntas frequentes))*[.]?$/iu,
      weight: 3,
      reason: 'footer links (Política de privacidade, Expediente)',
      examples: {
        match: [
          'Política de privacidade',
          'Termos de uso | Política de privacidade',
          'Fale conosco',
          'Expediente',
        ],
        noMatch: ['Contato com o inimigo: como os soldados viveram a primeira noite.'],
      },
      maxLength: 200,
    },
    {
      id: 'consent/pt-browser-notice',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /(?:você está|está a) (?:usando|utilizar|utilizando) (?:um )?(?:bloqueador|adblock)|desative (?:o |seu |o seu )?(?:bloqueador|adblock)|(?:ative|habilite|active) (?:o )?javascript|javascript (?:está )?(?:desativado|desabilitado|é necessário)|(?:seu|o seu) navegador (?:não é compatível|não suporta|está desatualizado)|atualize (?:o )?(?:seu )?navegador/iu,
      weight: 5,
      reason: 'a browser or ad-blocker notice',
      examples: {
        match: ['Você está usando um bloqueador de anúncios.', 'Ative o JavaScript para ver este conteúdo.'],
        noMatch: ['Os bloqueadores de anúncios custam milhões aos jornais, segundo um estudo.'],
      },
      maxLength: 300,
    },

    // ---------------------------------------------------------------------------------------
    // Related links and headings
    {
      id: 'related/pt-leia-tambem',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^[[(]?\s?(?:leia (?:também|mais|a seguir|ainda)|leia|saiba mais|veja (?:também|mais|ainda|o vídeo)|confira também|assista(?: também| ao vídeo)?|(?:notícias?|matérias?|artigos?) relacionad[oa]s?|relacionad[oa]s?|mais sobre(?: o assunto)?|vídeo|galeria|recomendado|(?:não )?deixe de ler|l[êe] também)\s*(?::|\||–|—|-|>>?|»|→)\s*\S.{0,220}$/iu,
      weight: 4,
      reason: 'a link to another story (Leia também, Saiba mais)',
      examples: {
        match: [
          'Leia também: Governo anuncia novo pacote de medidas',
          'LEIA MAIS | Como fica o seu imposto',
          'Veja também: As praias mais bonitas do país',
          'Saiba mais – O que muda com a reforma',
        ],
        noMatch: ['Leia mais livros, recomendou a professora aos alunos no fim do ano.'],
      },
      maxLength: 260,
    },
    {
      id: 'related/pt-title',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^(?:Leia também|LEIA TAMBÉM|Leia mais|LEIA MAIS|Veja também|VEJA TAMBÉM|Saiba mais|SAIBA MAIS|Lê também|LÊ TAMBÉM)\s(?:[«"“]\s?)?\p{Lu}.{0,220}$/u,
      weight: 4,
      reason: 'a "Leia também" link followed by a headline',
      examples: {
        match: [
          'Leia também Preço da gasolina sobe pela terceira vez',
          'VEJA TAMBÉM “Não vamos desistir”, diz prefeito',
        ],
        noMatch: ['Leia também o contrato antes de assinar, aconselha o advogado.'],
      },
      maxLength: 260,
    },
    {
      id: 'related/pt-heading',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^(?:leia (?:também|mais|a seguir)|(?:siga |acompanhe )?ao vivo|saiba mais|veja (?:também|mais)|confira(?: também)?|(?:notícias|matérias|artigos|conteúdos) (?:relacionad[oa]s|recomendad[oa]s|semelhantes)|relacionad[oa]s|(?:as |os )?mais (?:lid[oa]s|vist[oa]s|populares|compartilhad[oa]s|comentad[oa]s)|mais (?:notícias|matérias)|últimas(?: notícias)?|recomendad[oa]s?(?: para você)?|você (?:também )?pode gostar|(?:você )?pode (?:também )?(?:te )?interessar|destaques|mais (?:de|em|sobre) [\p{L}\p{N}' .-]{1,30}|tópicos|temas|assuntos|tags|etiquetas|ver mais|carregar mais|mostrar mais|(?:em )?vídeos?|fotos|galeria(?: de fotos)?|podcasts?|assista(?: também)?)\s*[:.>»›→-]?$/iu,
      weight: 4,
      reason: 'a heading of a related-stories block',
      examples: {
        match: [
          'Ao vivo',
          'Leia também',
          'Mais lidas',
          'Notícias relacionadas',
          'Você também pode gostar',
          'Tópicos',
        ],
        noMatch: ['Mais lidas do que nunca, as revistas voltaram a crescer.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Comments
    {
      id: 'comments/pt-widget',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^(?:\d+\s)?(?:comentários?|(?:os )?mais (?:recentes|antigos|votados|curtidos)|(?:ver|mostrar|ler|carregar|ocultar)(?: os| todos os| mais)?(?: \d+)? comentários|(?:deixe|deixar|escreva|escrever|adicione|publicar|publique) (?:seu|um|o seu) comentário|comentar|comente|seja (?:o|a) primeir[oa] a comentar|responder|denunciar(?: comentário| abuso)?|ordenar por\s?.{0,20}|(?:regras|normas) (?:de uso|da comunidade|dos comentários)|\d+ (?:comentários?|respostas?)|comentários?\s?\(\d+\)|opine|o que você (?:acha|achou)\s?\??|dê sua opinião)[+:.!]?$/iu,
      weight: 4,
      reason: 'a comment-section widget',
      examples: {
        match: [
          'Mais recentes',
          'Comentários',
          '12 comentários',
          'Deixe seu comentário',
          'Ver comentários',
          'Seja o primeiro a comentar',
        ],
        noMatch: ['Comentários racistas contra o jogador levaram à suspensão da partida.'],
      },
    },
    {
      id: 'comments/pt-policy',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /os comentários (?:estão|foram) (?:encerrados|fechados|desativados|moderados)|(?:os )?comentários (?:são|estão) (?:exclusivos|restritos|reservados) (?:para|a) (?:assinantes|cadastrados|subscritores)|(?:os )?comentários (?:publicados )?(?:são|é) de (?:inteira |exclusiva )?responsabilidade (?:exclusiva )?(?:de seus|dos seus|dos) autores|(?:os )?comentários não representam a opinião/iu,
      weight: 4,
      reason: 'a comment policy',
      examples: {
        match: [
          'Os comentários são de responsabilidade exclusiva de seus autores.',
          'Os comentários estão encerrados.',
        ],
        noMatch: ['Os comentários do ministro causaram mal-estar em Brasília.'],
      },
      maxLength: 400,
    },

    // ---------------------------------------------------------------------------------------
    // Navigation
    {
      id: 'nav/pt-menu-word',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^[[(]?\s?(?:início|página inicial|voltar(?: ao (?:início|topo))?|topo|buscar|busca|pesquisar|fechar|abrir|próxim[oa]|anterior|seções|todas as seções|ir para o conteúdo(?: principal)?|pular para o conteúdo|carregando(?:\.\.\.|…)?|notícias|últimas|política|economia|mundo|brasil|portugal|esportes?|desporto|cultura|opinião|ciência|saúde|tecnologia|entretenimento|educação|internacional|cotidiano|sociedade|país|local|mercados|finanças|negócios|carros|viagem|turismo|gastronomia|música|cinema|famosos|celebridades|horóscopo|loterias|tempo|clima|agronegócio|justiça|eleições|vídeos|podcasts|colunistas|colunas|blogs|edição impressa|e-?paper)\s?[)\]]?[.:]?$/iu,
      weight: 2,
      reason: 'a menu word alone on its line',
      examples: {
        match: ['Início', 'Página inicial', 'Voltar ao topo', 'Esportes', 'Colunistas'],
        noMatch: ['Início das aulas: alunos voltam às escolas na segunda-feira.'],
      },
    },
    {
      id: 'nav/pt-pagination',
      label: 'chrome',
      languages: ['pt'],
      pattern:
        /^(?:página \d+(?: de \d+)?|(?:«|‹|<)?\s?(?:próxim[oa]|anterior|página seguinte|página anterior|(?:matéria|notícia|artigo) (?:seguinte|anterior))\s?(?:»|›|>)?|foto \d+ de \d+|\d+ de \d+)$/iu,
      weight: 2.5,
      reason: 'pagination or a gallery counter',
      examples: {
        match: ['Página 2 de 5', 'Próxima', 'Foto 3 de 10'],
        noMatch: ['Página a página, o livro revela o segredo.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Bylines, agencies and credits
    {
      id: 'byline/pt-por-autor',
      label: 'byline',
      languages: ['pt'],
      pattern:
        /^(?:[Pp]or|POR):?\s\p{Lu}[\p{L}\p{M}'’.-]+(?:\s(?:(?:de|da|do|das|dos|e|van|von|di)\s){0,2}\p{Lu}[\p{L}\p{M}'’.-]+){1,3}(?:(?:,\s?|\s(?:e|&)\s)\p{Lu}[\p{L}\p{M}'’.-]+(?:\s(?:(?:de|da|do|das|dos|van|von|di)\s){0,2}\p{Lu}[\p{L}\p{M}'’.-]+){1,3}){0,4}(?:(?:,\s?|\s?[|•·–—-]\s?|\s\(|\s(?:em|de|no|na|do|da)\s)[^!?]{1,60})?$|^(?:(?:[Pp]or|POR)\s)?(?:[Dd]a |DA )?(?:[Rr]edação|REDAÇÃO)(?:\s\p{Lu}[\p{L}\p{N}.' -]{0,30})?$|^(?:Da|Do|Das|Dos) (?:[Aa]gência [\p{L}]+|\p{Lu}[\p{L}\p{N}]+(?: [\p{Lu}\p{N}][\p{L}\p{N}]*)?)(?:,? (?:em|de|no|na) [\p{L} ]{1,30})?$|^(?:[Pp]or|POR):?$/u,
      weight: 4,
      reason: 'an author line ("Por …", "Da Redação")',
      examples: {
        match: [
          'Por João Silva',
          'Por Maria da Silva e José Souza',
          'Por Ana Exemplo, de Brasília',
          'Da Redação',
          'Do Portal Exemplo, em São Paulo',
          'Redação',
        ],
        noMatch: [
          'Por isso, o governo decidiu adiar a votação.',
          'Do outro lado da rua, os vizinhos protestavam.',
        ],
      },
      maxLength: 140,
    },
    {
      id: 'byline/pt-labelled',
      label: 'byline',
      languages: ['pt'],
      pattern:
        /^(?:(?:[Ee]scrito|[Pp]ublicado|[Ee]ditado|[Tt]exto|[Ff]otos?|[Vv]ídeo|[Rr]eportagem|[Tt]raduzido|[Tt]radução|[Pp]roduzido|[Ii]nfografia|[Ii]lustrações|[Ii]lustração|[Ee]dição|[Cc]olaboração) (?:por|de)\s\p{Lu}|(?:[Tt]extos?|[Rr]eportagem|[Ee]dição|[Cc]olaboração|[Aa]utor(?:a|es)?|[Rr]edação|TEXTO|AUTOR)\s?:\s?\S).{0,80}$/u,
      weight: 4,
      reason: 'a labelled author or contributor field',
      examples: {
        match: ['Texto: Ana Exemplo', 'Reportagem: Luís Modelo', 'Escrito por Pedro Teste'],
        noMatch: ['Escrito por um monge no século XII, o manuscrito sobreviveu a dois incêndios.'],
      },
      maxLength: 110,
    },
    {
      id: 'byline/pt-author-bio',
      label: 'byline',
      languages: ['pt'],
      pattern:
        /^\p{Lu}[\p{L}\p{M}.'’-]+(?:\s(?:(?:de|da|do|dos|das)\s)?\p{Lu}[\p{L}\p{M}.'’-]+){1,3} (?:é|foi) (?:[\p{L}'’-]+ ){0,4}(?:jornalista|repórter|colunista|editor(?:a)?|correspondente|colaborador(?:a)?|cronista|redator(?:a)?)(?![\p{L}]).{0,300}$|^(?:[Jj]ornalista|[Rr]epórter|[Cc]olunista|[Ee]ditor(?:a)?|[Cc]orrespondente|[Cc]olaborador(?:a)?|[Rr]edator(?:a)?)(?: (?:do|da|de|em|no|na|e)\s[^!?]{0,100})?\.?$/u,
      weight: 2.5,
      reason: 'an author bio',
      examples: {
        match: [
          'Ana Exemplo é jornalista e cobre política em Brasília.',
          'Colunista do Portal Exemplo',
          'Jornalista',
        ],
        noMatch: ['Ana Exemplo é médica em Lisboa e dirige o serviço de urgência.'],
      },
      maxLength: 400,
    },
    {
      // Lusa's tail: the desk initials between double slashes and the "Lusa/Fim" end mark.
      // Case-sensitive, so two words in capitals between slashes are initials, not prose.
      id: 'agency/pt-lusa-tail',
      label: 'byline',
      signsOff: true,
      languages: ['pt'],
      pattern: /^(?:\p{Lu}{2,5}(?: ?\/\/ ?\p{Lu}{2,5}){1,3}|(?:Lusa|LUSA) ?\/ ?(?:Fim|FIM))\.?$/u,
      weight: 5,
      reason: "the Lusa agency's desk initials or end mark",
      examples: {
        match: ['ABC // XYZ', 'Lusa/Fim', 'JMR // SB'],
        noMatch: ['Lusa // fim de semana', 'A Lusa noticiou o fim da greve.'],
      },
    },
    {
      id: 'agency/pt-agencias',
      label: 'byline',
      signsOff: true,
      languages: ['pt'],
      pattern:
        /^[([]?\s?(?:com (?:informações|info|dados) (?:da|do|das|dos|de)\s(?:agências|(?:agência )?[\p{L}\p{N}.]+(?: [\p{L}\p{N}.]+){0,2})(?:\s?(?:,|e|\/)\s?(?:agências|(?:agência )?[\p{L}\p{N}.]+(?: [\p{L}\p{N}.]+){0,2})){0,3}|com (?:agências(?: internacionais| de notícias)?|agência [\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?|afp|reuters|ap|lusa|efe|estadão conteúdo|folhapress)(?:\s?(?:,|e|\/)\s?(?:agências|afp|reuters|ap|lusa|efe))*|agência (?:lusa|brasil|o globo|estado|senado|câmara|afp|reuters|ap|efe)|estadão conteúdo|folhapress|(?:redação|agências) ?\/ ?(?:lusa|afp|reuters|ap|efe)|(?:lusa|afp|reuters|ap|efe) ?\/ ?(?:redação|agências))[)\]]?\.?$/iu,
      weight: 5,
      reason: 'a "com informações da agência" note or Portuguese-language agency tag',
      examples: {
        match: [
          'Com informações da Agência Brasil',
          '(Com agências)',
          'Agência Lusa',
          'Estadão Conteúdo',
          'Com Reuters e AFP',
          'Com Agência Brasil',
          'Com agências internacionais',
        ],
        noMatch: [
          'Com informações falsas, o grupo enganou centenas de aposentados, segundo a polícia federal.',
        ],
      },
      maxLength: 90,
    },
    {
      id: 'credit/pt-foto',
      label: 'byline',
      languages: ['pt'],
      pattern:
        /^[([]?\s?(?:©\s?)?(?:imagem|imagens|fotografia|fotografias|créditos?|ilustração|infografia)\s?(?::|\||\/|-)\s?.{1,140}$|^[([]?\s?(?:reprodução|divulgação|arquivo pessoal|arquivo|acervo pessoal)(?:\s?[/|-]\s?[\p{L}\p{N}.@' ]{1,40})?[)\]]?$|^[([]?\s?[\p{L}\p{N}.' ]{1,40}\s?\/\s?(?:reprodução|divulgação|arquivo)[)\]]?$/iu,
      weight: 4,
      reason: 'a picture credit (Imagem:, Reprodução, Divulgação)',
      examples: {
        match: [
          'Imagem: Reprodução/Instagram',
          'Divulgação',
          'Reprodução/TV Exemplo',
          'Arquivo pessoal',
          'Agência Exemplo/Divulgação',
        ],
        noMatch: ['Reprodução assistida ganhou novas regras no país, segundo o conselho.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Disclaimers and copyright
    {
      id: 'disclaimer/pt-labelled',
      label: 'disclaimer',
      languages: ['pt'],
      pattern:
        /^[([*]?\s?(?:nota da redação|nota do editor|nota do autor|errata|correção|esclarecimento|aviso legal|declaração de interesses)\s?[:.\-–—]/iu,
      weight: 6,
      reason: 'a line that calls itself an editorial note',
      examples: {
        match: [
          'Nota da redação: este texto foi atualizado com novos dados.',
          'Errata: uma versão anterior informou a data errada.',
        ],
        noMatch: ['Correção monetária de 5% foi aprovada pelo conselho.'],
      },
      maxLength: 800,
    },
    {
      id: 'disclaimer/pt-syndication',
      label: 'disclaimer',
      languages: ['pt'],
      pattern:
        /(?:este|esta) (?:artigo|texto|conteúdo|reportagem|matéria|coluna|ensaio)\s.{0,40}(?:foi|é) (?:originalmente |inicialmente |primeiro )?(?:publicad[oa]|republicad[oa]|reproduzid[oa]) (?:originalmente |inicialmente |primeiro )?(?:em|no|na|por|pelo|pela)(?![\p{L}])|(?:publicad[oa]|divulgad[oa]) (?:originalmente|inicialmente) (?:em|no|na|pelo|pela)(?![\p{L}])|(?:originalmente|inicialmente) (?:publicad[oa]|divulgad[oa]) (?:em|no|na|pelo|pela)(?![\p{L}])|(?:republicad[oa]|reproduzid[oa]) (?:sob licença|com autorização|com permissão)\s.{0,60}|(?:sob|segundo) (?:a )?licença creative commons|(?:este|o) (?:texto|artigo|conteúdo) não reflete(?:,)? necessariamente(?:,)? a opinião/iu,
      weight: 5,
      reason: 'a syndication or republication note',
      examples: {
        match: [
          'Este artigo foi publicado originalmente no The Conversation.',
          'Este texto foi originalmente publicado em inglês no site do autor.',
          'Este texto não reflete, necessariamente, a opinião do Portal Exemplo.',
        ],
        noMatch: ['O estudo, publicado na revista Nature, durou dez anos.'],
      },
      maxLength: 600,
    },
    {
      id: 'disclaimer/pt-notes',
      label: 'disclaimer',
      languages: ['pt'],
      pattern:
        /(?:escrito|redigido|publicado) (?:ao abrigo|segundo as regras|de acordo com as regras|conforme as regras) d[oa] (?:novo |antigo )?acordo ortográfico|(?:não|nao) (?:segue|respeita|adota) o (?:novo )?acordo ortográfico|(?:esta|este) (?:notícia|artigo|matéria|reportagem|conteúdo) (?:tem|foi publicad[oa] há) (?:mais de )?(?:um|uma|\d+|dois|duas|três) (?:anos?|m[eê]s(?:es)?)|links? (?:de )?afiliados?|(?:podemos|pode) (?:receber|ganhar) (?:uma )?(?:pequena )?comissão|(?:recebemos|ganhamos) (?:uma )?(?:pequena )?comissão|não (?:constitui|é|representa) (?:uma )?(?:recomendação|aconselhamento|consultoria) (?:de investimento|financeir[oa]|médic[oa]|jurídic[oa])|não substitui (?:a |uma )?(?:consulta|orientação|avaliação) médica|as opiniões (?:expressas|emitidas)\s.{0,80}(?:responsabilidade|não refletem)|(?:cvv|centro de valorização da vida)\s.{0,80}188/iu,
      weight: 4.5,
      reason: 'an out-of-date, affiliate, advice or help-line note',
      examples: {
        match: [
          'Este artigo foi escrito ao abrigo do novo Acordo Ortográfico.',
          'Esta notícia tem mais de um ano.',
          'Este conteúdo contém links afiliados: podemos receber uma comissão.',
          'As opiniões expressas neste artigo são de responsabilidade do autor.',
        ],
        noMatch: ['O corretor recebeu uma comissão de 3%, segundo o juiz.'],
      },
      maxLength: 600,
    },
    {
      id: 'copyright/pt-notice',
      label: 'disclaimer',
      languages: ['pt'],
      pattern:
        /(?:é )?(?:proibida|vedada) a (?:sua )?(?:reprodução|cópia|distribuição|republicação)(?: total ou parcial)?(?: d(?:este|o|os) (?:conteúdos?|materiais?|textos?))?(?: sem (?:autorização|permissão))?[.]?$|reprodução (?:total ou parcial )?proibida/iu,
      weight: 5,
      reason: 'a copyright notice',
      examples: {
        match: [
          'É proibida a reprodução deste conteúdo sem autorização.',
          'Proibida a reprodução total ou parcial.',
        ],
        noMatch: ['A lei proíbe a reprodução de espécies ameaçadas em cativeiro.'],
      },
      maxLength: 300,
    },
  ];
}
