import type { RuleSpec } from '../../types.js';

/**
 * Spanish: paywall ("¿Ya eres suscriptor?"), plans, login, newsletter, share and follow
 * widgets, ads, "Lee también"/"Te puede interesar" links, comments, menus, cookie banners,
 * bylines ("Por …"), agency notes, credits, disclaimers and copyright lines.
 *
 * `\b` only knows ASCII letters, so patterns use `(?![\p{L}])` next to accented letters.
 */
export function spanishRules(): RuleSpec[] {
  return [
    // ---------------------------------------------------------------------------------------
    // Paywall
    {
      // A one-line pitch that ends on the bare call to subscribe (see paywall/pitch-then-subscribe).
      id: 'paywall/es-pitch-then-subscribe',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^[^.!?]{3,60}[.!?]\s(?:[^.!?]{3,40}[.!?]\s)?(?:suscr[íi]bete|suscr[íi]base|reg[íi]strate|[úu]nete)(?: (?:ahora|ya|hoy|aquí|gratis))?\s?[.!]?$/iu,
      weight: 3,
      maxLength: 120,
      reason: 'a short pitch that ends on a call to subscribe',
      examples: {
        match: [
          'El periodismo de calidad tiene un precio. Suscríbete.',
          'No te pierdas nada. Regístrate gratis.',
        ],
        noMatch: ['El alcalde pidió a los vecinos suscribirse.', 'No te pierdas nada. El pleno votó hoy.'],
      },
    },
    {
      id: 'paywall/es-suscribete',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^[\p{P}\p{S}\s]{0,3}(?:(?:suscr[íi]bete|suscr[íi]base|suscribirse|suscribirme|hazte (?:socio|socia|suscriptora?|miembro|premium)|[úu]nete)(?: (?:ahora|ya|hoy|aquí|gratis|por (?:\$|€|us\$)?\s?\d[\d,.]*\s?(?:€|euros?|\$|usd)?(?:\s?(?:al|\/|por) ?(?:mes|año|semana))?|desde \d[\d,.]*\s?\S{0,12}|a [\p{L}\p{N}' .-]{1,30})){0,2}|(?:ver|descubre|conoce|elige) (?:los |nuestros |nuestras |tu |el |la )?(?:planes|plan|ofertas?|suscripciones|suscripción)(?: disponibles| digitales?)?|(?:prueba|pruébalo) (?:gratis|gratuita)(?:\s.{0,30})?|oferta (?:especial|exclusiva|limitada|de lanzamiento|de bienvenida)(?:\s.{0,50})?|quiero suscribirme|me suscribo|sigue leyendo con (?:tu )?suscripción)[!.…]?$/iu,
      weight: 4,
      reason: 'a call to subscribe',
      examples: {
        match: [
          'Suscríbete',
          'Suscríbete ahora por $1 al mes',
          'Hazte socio',
          'Descubre nuestros planes',
          'Prueba gratis 30 días',
        ],
        noMatch: ['Suscríbete a la calma, recomienda el psicólogo a sus pacientes más ansiosos.'],
      },
    },
    {
      id: 'paywall/es-ya-suscriptor',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^[\p{P}\p{S}\s]{0,3}(?:ya (?:eres|es|estás|está|soy) (?:suscriptora?|suscrit[oa]|soci[oa]|miembro|usuario registrado|abonad[oa]|registrad[oa])|ya (?:tienes|tiene|tengo) (?:una )?cuenta|(?:aún |todavía )?no (?:eres|es) (?:suscriptora?|soci[oa]|miembro|abonad[oa])|(?:aún |todavía )?no (?:tienes|tiene) (?:una )?cuenta)(?:\s?\?.{0,60}|[\s,:.!–-]+(?:inicia|ingresa|entra|accede|identifícate|haz clic|pulsa|aquí|suscríbete|regístrate|iniciar)(?![\p{L}]).{0,50})?$/iu,
      weight: 5,
      reason: 'an "already a subscriber? log in" prompt',
      examples: {
        match: [
          '¿Ya eres suscriptor? Inicia sesión',
          '¿Ya tienes una cuenta? Ingresa aquí',
          '¿Aún no eres suscriptor?',
        ],
        noMatch: ['Ya es socio del club desde hace veinte años y nunca faltó a un partido.'],
      },
    },
    {
      id: 'paywall/es-exclusivo',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /(?:este|el) (?:artículo|contenido|reportaje|video|vídeo|texto)\s.{0,30}(?:exclusivo|reservado|disponible (?:solo|sólo|únicamente)) (?:para|a) (?:nuestros )?(?:suscriptores|socios|abonados|miembros|usuarios registrados)|^(?:contenido |artículo )?(?:exclusivo|reservado) (?:para|a) (?:suscriptores|socios|abonados|miembros)(?:\s.{0,30})?$|para (?:seguir|continuar) leyendo[\s,].{0,40}(?:suscr|inicia|regístr|registr|hazte|accede)|(?:suscríbete|regístrate|inicia sesión|hazte socio) (?:para|y) (?:seguir|continuar|leer|acceder|disfrutar)|^(?:lee|leer) (?:el artículo completo|la nota completa|la noticia completa|todo el artículo)(?: con (?:tu|una|la) suscripción| suscribiéndote)?[.!]?$/iu,
      weight: 5,
      reason: 'says the rest of the article is for subscribers',
      examples: {
        match: [
          'Este contenido es exclusivo para suscriptores.',
          'Para seguir leyendo, suscríbete a nuestro diario.',
          'Contenido exclusivo para suscriptores',
          'Regístrate para seguir leyendo',
          'Lee el artículo completo con tu suscripción.',
        ],
        noMatch: ['El estacionamiento es exclusivo para socios del club, recordó el ayuntamiento.'],
      },
      truncates: true,
      maxLength: 250,
    },
    {
      id: 'paywall/es-limit',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /(?:has|ha) (?:alcanzado|llegado al|agotado|superado)\s.{0,40}(?:límite de (?:artículos|notas|noticias|contenidos|lectura)|artículos gratuitos|noticias gratuitas|notas gratuitas)|^(?:te quedan |le quedan |aún tienes |todavía tienes )?\d{1,2} (?:artículos?|notas?|noticias?) (?:gratis|gratuit[oa]s?)(?: (?:restantes?|este mes|al mes|por mes|de \d+)){0,2}[.!]?$/iu,
      weight: 5,
      reason: 'counts the free articles or says the limit is reached',
      examples: {
        match: [
          'Has alcanzado el límite de artículos gratuitos de este mes.',
          'Te quedan 2 artículos gratis este mes',
        ],
        noMatch: ['El río ha alcanzado su límite y las autoridades evacuaron el barrio.'],
      },
      truncates: true,
      maxLength: 200,
    },
    {
      id: 'paywall/es-premium-badge',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^(?:premium|exclusivo|(?:exclusivo |solo |sólo )?(?:para )?suscriptores|contenido (?:premium|exclusivo)|[\p{L}]{1,8}\s?\+)[.:!]?$/iu,
      weight: 3,
      reason: 'a subscriber-only badge',
      examples: {
        match: ['Exclusivo suscriptores', 'Premium', 'Solo para suscriptores'],
        noMatch: ['Exclusivo: el presidente prepara un cambio de gabinete.'],
      },
    },
    {
      id: 'paywall/es-apoyo',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^(?:apóyanos|colabora|dona|haz una donación|hazte (?:mecenas|miembro)|quiero apoyar|contribuye|apoya (?:a )?[\p{L}\p{N}. ]{1,25})[!.]?$|apoy(?:a|e|ar) (?:el|al|nuestro|un) periodismo (?:independiente|libre|de calidad|local)|^(?:si (?:llegaste|has llegado|llegó) hasta (?:acá|aquí))(?![\p{L}]).{0,300}/iu,
      weight: 3,
      reason: 'a donation or membership appeal',
      examples: {
        match: [
          'Apoya el periodismo independiente',
          'Si has llegado hasta aquí, te pedimos un pequeño favor: apóyanos.',
          'Apóyanos',
        ],
        noMatch: ['El Gobierno anunció que apoyará a la prensa local con un fondo especial.'],
      },
      maxLength: 400,
    },

    // ---------------------------------------------------------------------------------------
    // Plans and prices
    {
      id: 'plans/es-duration',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^(?:\d{1,2}|un|una|dos|tres|seis|doce)\s?(?:mes(?:es)?|años?|semanas?|días?)(?:\s(?:de acceso|gratis|de prueba|sin permanencia))?$|^(?:mensual|anual|semestral|trimestral|semanal|plan (?:mensual|anual|semestral|digital|premium|básico)|suscripción (?:mensual|anual|digital)|al mes|al año|por mes|por año)\.?$/iu,
      weight: 2.5,
      reason: 'a plan duration on its own line',
      examples: {
        match: ['Mensual', 'Anual', '12 meses', 'Plan anual', 'al mes'],
        noMatch: ['Tres meses después, volvió a su pueblo.'],
      },
    },
    {
      id: 'plans/es-billing-terms',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /(?:^|[.!] )(?:sin permanencia|cancela (?:cuando quieras|en cualquier momento))|cancelación (?:cuando quieras|en cualquier momento|online)|(?:luego|después|y luego),? \d+(?:[,.]\d\d)?\s?(?:€|euros?|\$|usd)|(?:el )?primer (?:mes|año) (?:gratis|por \d|a \d)|renovación automática|se renueva automáticamente|iva incluido|impuestos incluidos|en lugar de \d+(?:[,.]\d\d)?\s?(?:€|euros?|\$)|(?<!\d)\d+\s?% de descuento|ahorra (?:un |hasta un )?\d+\s?%|(?:la )?(?:mejor|más popular) (?:oferta|opción)/iu,
      weight: 4,
      reason: 'billing terms of a subscription offer',
      examples: {
        match: [
          'Sin permanencia, cancela cuando quieras',
          '1 € el primer mes, luego 9,99 €',
          'IVA incluido',
          'Después, 9,99 € al mes. Cancela cuando quieras.',
        ],
        noMatch: ['El contrato se puede cancelar en cualquier momento, explicó el abogado del sindicato.'],
      },
      maxLength: 160,
    },
    {
      id: 'plans/es-price',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^(?:(?:solo|sólo|desde|por|luego|ahora|a)\s)*(?:\d+(?:[,.]\d\d)?\s?(?:€|euros?|eur|usd|mxn|ars|clp|cop|\$)|(?:€|\$|us\$|rd\$|s\/)\s?\d+(?:[,.]\d{2,3}){0,3})(?:\s?(?:\/|al|por|el|los|cada|durante)\s?[\p{L}\p{N}. ]{0,30})?\*?$/iu,
      weight: 3,
      // Every price holds a digit: the matcher skips the rule on digit-free lines.
      needsDigit: true,
      reason: 'a price with its billing period',
      examples: {
        match: ['$1 al mes', 'Desde 4,99 € al mes', '9,99 €/mes', 'Solo 1 € el primer mes'],
        noMatch: ['La entrada cuesta 12 euros y vale para todo el día.'],
      },
      maxLength: 70,
    },
    {
      id: 'plans/es-benefit-item',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^(?:lee(?:r)? sin límites|lectura ilimitada|acceso (?:ilimitado|completo|total|a todos los contenidos|a todas las noticias)(?: (?:a|al|en|desde) [\p{L}\p{N}' .-]{1,40})?|sin (?:publicidad|anuncios)|navegación sin (?:publicidad|anuncios)|(?:la )?(?:edición|versión) (?:impresa|digital|en pdf)(?: del (?:diario|periódico))?|(?:la )?hemeroteca|(?:newsletters?|boletines) exclusiv[oa]s|contenidos? exclusivos?|(?:tus |sus )?(?:beneficios|ventajas)(?: de (?:ser )?(?:suscriptor|socio))?|en todos (?:tus|sus) dispositivos)[.!]?$/iu,
      weight: 2,
      reason: 'an item of a subscription benefit list',
      examples: {
        match: [
          'Lee sin límites',
          'Acceso ilimitado a todos los contenidos',
          'Navegación sin publicidad',
          'Hemeroteca',
          'Tus beneficios',
        ],
        noMatch: ['Sin publicidad oficial, el diario tuvo que despedir a la mitad de su plantilla.'],
      },
      maxLength: 100,
    },

    // ---------------------------------------------------------------------------------------
    // Account
    {
      id: 'account/es-login',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^(?:(?:iniciar|inicia|cerrar|cierra) sesión|ingresar|ingresa|entrar|acceder|identifícate|regístrate|registrarse|registro|crear (?:una |tu )?cuenta|crea tu cuenta|mi cuenta|mi perfil|mis datos|¿?olvidaste tu contraseña\s?\??|(?:he )?olvidado (?:mi|la) contraseña|(?:continuar|inicia sesión|entrar) con (?:google|apple|facebook|(?:tu )?(?:correo|e-?mail))|usuario|contraseña|login|salir)(?:\s?(?:\/|\||o)\s?(?:regístrate|registrarse|registro|iniciar sesión|crear cuenta))?(?: gratis| gratuitamente| ahora| aquí)?[.!:]?$/iu,
      weight: 4,
      reason: 'a sign-in or register prompt',
      examples: {
        match: [
          'Iniciar sesión',
          'Regístrate',
          'Regístrate gratis',
          'Mi cuenta',
          '¿Olvidaste tu contraseña?',
          'Ingresar / Registrarse',
        ],
        noMatch: ['Iniciar sesión en el Senado le costó al partido tres semanas de negociación.'],
      },
    },
    {
      id: 'account/es-login-required',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^(?:debes|tienes que|necesitas|es necesario) (?:estar registrad[oa]|iniciar sesión|registrarte|ser suscriptor|estar suscrit[oa]|identificarte)(?![\p{L}]).{0,100}$|^(?:inicia sesión|regístrate|identifícate)(?: gratis)? (?:para|y) (?:comentar|guardar|seguir|leer|acceder|continuar)(?![\p{L}]).{0,80}$|^para (?:comentar|guardar|seguir)[\s,].{0,40}(?:inici|regístr|registr|identifí|suscr).{0,80}$/iu,
      weight: 5,
      reason: 'says the reader must log in',
      examples: {
        match: [
          'Debes estar registrado para comentar.',
          'Inicia sesión para guardar esta noticia',
          'Para comentar, regístrate o inicia sesión.',
        ],
        noMatch: ['Para comentar la ley, el ministro convocó a la prensa el lunes.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Newsletter and apps
    {
      id: 'newsletter/es-sign-up',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /(?:newsletter|boletín|boletines)\s.{0,60}(?:suscr|regístr|recib|correo|bandeja)|(?:suscr[íi]bete|recibe|regístrate|apúntate|inscríbete)\s.{0,40}(?:newsletter|boletín|boletines|correo electrónico|tu correo|tu e-?mail|tu bandeja)|(?:cada|todas las|todos los) (?:mañanas?|noches|días|semanas?|tardes|lunes|martes|miércoles|jueves|viernes|sábados?|domingos?)\s.{0,40}en tu (?:correo|bandeja|e-?mail|inbox)/iu,
      weight: 4,
      reason: 'a newsletter sign-up',
      examples: {
        match: [
          'Suscríbete y recibe en tu correo electrónico las noticias más importantes del día.',
          'Recibe nuestro boletín cada mañana',
          'Lo mejor de la semana, cada viernes en tu correo',
        ],
        noMatch: ['El boletín oficial publicó ayer el decreto de los nuevos impuestos.'],
      },
      maxLength: 220,
    },
    {
      id: 'newsletter/es-form',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^[¡¿]?(?:(?:tu |su |introduce tu |ingresa tu |escribe tu )?(?:dirección de )?(?:correo(?: electrónico)?|e-?mail)(?: \*)?|(?:muchas )?gracias por (?:suscribirte|registrarte|tu suscripción|suscribirse)\s?!?|(?:tu|su) suscripción (?:ha sido|se ha) (?:confirmada|realizado|registrada)|al (?:suscribirte|registrarte|hacer clic|suscribirse)[\s,].{0,150}(?:aceptas|acepta|consientes|términos|política)(?![\p{L}]).{0,120}|puedes darte de baja\s.{0,100}|(?:recibe|recibir|suscríbete a) (?:la|nuestra|nuestro|nuestros|el) (?:newsletters?|boletín|boletines)(?: [\p{L}\p{N}' -]{1,30})?|(?:nuestras |las )?newsletters?|(?:nuestros |los )?boletines)[.!:]?$/iu,
      weight: 4,
      reason: 'a newsletter form field or confirmation',
      examples: {
        match: [
          'Tu correo electrónico',
          '¡Gracias por suscribirte!',
          'Newsletters',
          'Al suscribirte aceptas nuestra política de privacidad.',
        ],
        noMatch: ['El correo electrónico del sospechoso llevó a los investigadores hasta Valencia.'],
      },
    },
    {
      id: 'newsletter/es-app-promo',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^(?:descarga|descargá|baja|instala) (?:gratis )?(?:la|nuestra) (?:app|aplicación)(?![\p{L}]).{0,80}$|disponible (?:gratis )?en (?:la )?(?:app store|google play)|^(?:únete|sigue|síguenos en|suscríbete a) (?:a )?(?:nuestro|nuestra|el|la) (?:canal|comunidad|grupo) (?:de|en) (?:whatsapp|telegram|youtube)(?![\p{L}]).{0,60}$/iu,
      weight: 4,
      reason: 'an app or channel promotion',
      examples: {
        match: ['Descarga nuestra app y recibe alertas de última hora', 'Únete a nuestro canal de WhatsApp'],
        noMatch: ['La aplicación fue descargada un millón de veces el año pasado.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Share and follow
    {
      id: 'share/es-compartir',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^(?:compartir|comparte|regalar (?:este |esta )?(?:artículo|nota|noticia)|compartir (?:en|por|vía) (?:facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|correo)|compart(?:ir|e) (?:este |esta )?(?:artículo|nota|noticia)|tuitear|twittear|enviar|enviar por (?:correo|e-?mail|whatsapp)|imprimir|imprimir (?:artículo|nota|noticia)|copiar (?:enlace|link|url)|enlace copiado|copiar|guardar|guardado|guardar (?:artículo|nota|noticia)|escuchar|escuchar (?:artículo|nota|noticia|audio)|facebook|twitter|whatsapp|linkedin|telegram|messenger|pinterest|flipboard|e-?mail|correo|tamaño (?:de )?(?:letra|texto))(?:[\s|/,•·:]+(?:compartir|tuitear|enviar|imprimir|copiar|guardar|escuchar|facebook|twitter|whatsapp|linkedin|telegram|messenger|pinterest|flipboard|e-?mail|correo|\d+ (?:comentarios?|compartidos)))*[:.]?$/iu,
      weight: 4,
      reason: 'share, save or print buttons',
      examples: {
        match: [
          'Compartir',
          'Compartir en Facebook',
          'Copiar enlace',
          'Facebook | Twitter | WhatsApp',
          'Escuchar noticia',
          'Regalar este artículo',
        ],
        noMatch: ['Compartir la mesa con desconocidos es una tradición del pueblo.'],
      },
      maxLength: 120,
    },
    {
      id: 'share/es-siguenos',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^(?:s[íi]guenos|sigue a [\p{L}\p{N}@.' -]{1,30}) (?:en|a través de|por) (?:facebook|twitter|x|instagram|tiktok|youtube|whatsapp|telegram|linkedin|threads|google (?:news|noticias)|nuestras redes|redes sociales)(?![\p{L}]).{0,60}$|^(?:seguir|siguiendo|dejar de seguir)\s?\+?$|^[\p{L}\p{N} .'-]{0,40}seguir (?:tema|autor|autora)\s?\+?$/iu,
      weight: 4,
      reason: 'a follow-us prompt or follow button',
      examples: {
        match: [
          'Síguenos en Twitter y Facebook',
          'Sigue a Diario Ejemplo en Google News',
          'Elecciones en ChileSeguir Tema +',
          'Seguir',
        ],
        noMatch: ['Sigue la polémica por el nuevo impuesto en el Congreso.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Ads
    {
      id: 'ads/es-label',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^[-–—_*\s[(]*(?:contenido (?:patrocinado|de marca|promocionado|pagado)|patrocinado|publirreportaje|publireportaje|espacio publicitario|anuncios?|aviso publicitario|(?:en colaboración con|presentado por|patrocinado por|ofrecido por) [\p{L}\p{N}.&' -]{1,40})[\s)\]*_–—-]*$/iu,
      weight: 5,
      reason: 'an advertisement or sponsor label',
      examples: {
        match: ['Contenido patrocinado', 'Publirreportaje', 'Patrocinado por Banco Ejemplo', 'ANUNCIO'],
        noMatch: ['Anuncio del Gobierno: subirán las pensiones un 3 %.'],
      },
    },
    {
      id: 'ads/es-continues-below',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^(?:(?:el )?(?:artículo|texto|la nota|la noticia) (?:continúa|sigue) (?:debajo|abajo|después|tras)(?: (?:de la|del|de este|de esta|la|el|este|esta) (?:publicidad|anuncio))?|(?:continúa|sigue|seguir)(?: leyendo)? (?:debajo|abajo|después de (?:la publicidad|el anuncio)|tras (?:la publicidad|el anuncio))|(?:cerrar|saltar|omitir) (?:publicidad|anuncio))[.…]?$/iu,
      weight: 6,
      reason: 'an ad-slot marker inside the text',
      examples: {
        match: [
          'La noticia continúa debajo del anuncio',
          'Sigue leyendo después de la publicidad',
          'Continúa después de la publicidad',
          'Saltar publicidad',
        ],
        noMatch: ['La noticia continúa siendo noticia semanas después del terremoto.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Consent, footer links and browser notices
    {
      id: 'consent/es-cookie-notice',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^(?:(?:este|nuestro) (?:sitio(?: web)?|portal|web|página(?: web)?) (?:utiliza|usa|emplea) (?:cookies|galletas)|(?:utilizamos|usamos|aceptamos|empleamos) (?:cookies|galletas)(?: propias y de terceros| de terceros| propias)?(?: y (?:tecnologías similares|otras tecnologías))?(?:,? (?:para|con|que)|\.?$)|al (?:continuar|seguir) (?:navegando|utilizando|usando)|si (?:continúa|continúas|sigue|sigues) navegando|(?:tu|su) privacidad (?:es importante|nos importa)|valoramos (?:tu|su) privacidad|nosotros y nuestros socios)(?![\p{L}]).{0,300}$/iu,
      weight: 6,
      // Cookie notices run to two or three sentences.
      maxLength: 400,
      reason: 'a cookie notice',
      examples: {
        match: [
          'Aceptamos cookies para mejorar tu experiencia',
          'Utilizamos cookies propias y de terceros.',
          'Utilizamos cookies propias y de terceros para mejorar nuestros servicios.',
          'Al continuar navegando, aceptas el uso de cookies.',
        ],
        noMatch: ['Usamos galletas de avena en esta receta, explica la pastelera.'],
      },
    },
    {
      id: 'consent/es-buttons',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^(?:aceptar(?: todo| todas| todas las cookies| cookies| y (?:cerrar|continuar|seguir))?|acepto|rechazar(?: todo| todas)?|rechazo|no acepto|continuar sin aceptar|(?:configurar|gestionar|administrar|personalizar) (?:las )?(?:cookies|preferencias|opciones)|configuración de (?:cookies|privacidad)|más (?:información|opciones)|entendido|de acuerdo|estoy de acuerdo)[.!]?$/iu,
      weight: 3,
      reason: 'a consent button',
      examples: {
        match: ['Aceptar todas', 'Rechazar', 'Configurar cookies', 'Entendido'],
        noMatch: ['Aceptar la derrota no es fácil, admitió el entrenador.'],
      },
    },
    {
      id: 'consent/es-footer-links',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^(?:aviso legal|política de (?:privacidad|cookies)|privacidad|términos y condiciones|términos de uso|condiciones (?:de uso|generales)|contacto|contáctanos|contacte con nosotros|quiénes somos|sobre nosotros|acerca de|mapa del sitio|mapa web|trabaja con nosotros|publicite|anúnciate|aviso de privacidad|derechos arco|código (?:ético|de ética)|defensor del lector|preguntas frecuentes|directorio)(?:\s?[|•·/,]\s?(?:aviso legal|política de (?:privacidad|cookies)|privacidad|cookies|términos y condiciones|términos de uso|condiciones (?:de uso|generales)|contacto|contáctanos|quiénes somos|sobre nosotros|acerca de|mapa del sitio|mapa web|trabaja con nosotros|publicidad|publicite|anúnciate|aviso de privacidad|derechos arco|transparencia|código (?:ético|de ética)|defensor del lector|rss|ayuda|preguntas frecuentes|directorio))*[.]?$/iu,
      weight: 3,
      reason: 'footer links (Aviso legal, Política de privacidad)',
      examples: {
        match: [
          'Aviso legal',
          'Política de privacidad | Política de cookies',
          'Quiénes somos',
          'Trabaja con nosotros',
        ],
        noMatch: ['Contacto con el enemigo: así vivieron los soldados la primera noche.'],
      },
      maxLength: 200,
    },
    {
      id: 'consent/es-browser-notice',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /(?:estás|está) (?:usando|utilizando) (?:un )?(?:bloqueador|adblock)|desactiva(?:r)? (?:tu |el |su )?(?:bloqueador|adblock)|(?:activa|habilita|active|habilite) (?:el )?javascript|javascript (?:está )?(?:desactivado|deshabilitado|es necesario|requerido)|(?:tu|su) navegador (?:no es compatible|no soporta|está desactualizado)|actualiza (?:tu|su) navegador/iu,
      weight: 5,
      reason: 'a browser or ad-blocker notice',
      examples: {
        match: [
          'Parece que estás usando un bloqueador de anuncios.',
          'Activa JavaScript para ver este contenido.',
        ],
        noMatch: ['Los bloqueadores de anuncios cuestan millones a los medios, según un estudio.'],
      },
      maxLength: 300,
    },

    // ---------------------------------------------------------------------------------------
    // Related links and headings
    {
      id: 'related/es-lee-tambien',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^[[(]?\s?(?:lee (?:también|además|más|aquí)|lea (?:también|además|más|aquí)|leer más|mira(?: también| además| aquí)?|ve también|ver (?:también|más|video)|te (?:puede|podría) interesar|puede (?:interesarte|interesarle)|también te puede interesar|(?:noticias?|notas?|artículos?) relacionad[oa]s?|relacionad[oa]s?|más información|más (?:sobre|de) (?:este tema|esto)|en video|video|vídeo|galería|fotogalería|escucha|lo último|recomendado|te recomendamos|(?:no )?te (?:lo )?pierdas|seguir leyendo|sigue leyendo)\s*(?::|\||–|—|-|>>?|»|→)\s*\S.{0,220}$/iu,
      weight: 4,
      reason: 'a link to another story (Lee también, Te puede interesar)',
      examples: {
        match: [
          'Lee también: El Gobierno anuncia nuevas medidas',
          'LEE MÁS | Así será el nuevo metro',
          'Lea aquí: Las claves del acuerdo',
          'MIRA | El momento en que cayó el puente',
          'Te puede interesar: Cinco destinos para el verano',
        ],
        noMatch: ['Lee también a los clásicos, recomendó la profesora a sus alumnos.'],
      },
      maxLength: 260,
    },
    {
      id: 'related/es-title',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^(?:Lee también|Lea también|LEE TAMBIÉN|LEA TAMBIÉN|Lee además|Lea además|Te puede interesar|TE PUEDE INTERESAR|Mira también|MIRA TAMBIÉN|Ver también|VER TAMBIÉN|Leer más|LEER MÁS|Lee más|LEE MÁS)\s(?:[«"“]\s?)?\p{Lu}.{0,220}$/u,
      weight: 4,
      reason: 'a "Lee también" link followed by a headline',
      examples: {
        match: [
          'Lee también El precio del pan sube por tercera vez',
          'TE PUEDE INTERESAR «No vamos a rendirnos»',
        ],
        noMatch: ['Lee también la letra pequeña del contrato antes de firmar.'],
      },
      maxLength: 260,
    },
    {
      id: 'related/es-heading',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^(?:lee (?:también|más)|lea (?:también|más)|v(?:éa|e)se también|ver también|leer más|ver más|ver (?:todo|todas|todos)(?: las noticias| los artículos)?|seguir leyendo|sigue leyendo|(?:también )?te (?:puede|podría) interesar|puede (?:interesarte|interesarle)|(?:noticias|notas|artículos|contenidos) (?:relacionad[oa]s|recomendad[oa]s|similares)(?: (?:el|de|en) [\p{L}\p{N}' .-]{1,30})?|relacionad[oa]s|lo más (?:leído|visto|popular|compartido|comentado|reciente)|(?:las |los )?más (?:leídas?|leídos|vistas?|vistos|populares|compartid[oa]s|comentad[oa]s)|(?:últimas|más) noticias|(?:lo )?último|recomendad[oa]s(?: para (?:ti|usted))?|te recomendamos|(?:noticias|notas) (?:destacadas|recomendadas)|otras noticias|en portada|más (?:de|en) [\p{L}\p{N}' .-]{1,30}|temas(?: relacionados)?|etiquetas|tags|tópicos|más información|(?:en )?video|videos|ver video|fotos|galería(?: de fotos)?|fotogalería|podcasts?|cargar más|mostrar más|más señales en vivo|señal en vivo)\s*[:.>»›→-]?$/iu,
      weight: 4,
      reason: 'a heading of a related-stories block',
      examples: {
        match: [
          'Te puede interesar',
          'TE PUEDE INTERESAR',
          'Lo más leído',
          'Noticias relacionadas',
          'TEMAS -',
          'Leer más',
          'Ver video',
          'Véase también',
        ],
        noMatch: ['Lo más leído del año fue una crónica sobre el río.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Comments
    {
      id: 'comments/es-widget',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^(?:\d+\s)?(?:comentarios?|(?:ver|mostrar|leer|cargar|ocultar)(?: los| todos los| más)?(?: \d+)? comentarios|(?:deja|dejar|escribe|escribir|añade|agregar|publicar|publica) (?:tu|un|su) comentario|comentar|comenta|(?:sé|se) (?:el|la) primer[oa] en comentar|responder|denunciar(?: comentario| abuso)?|reportar(?: comentario| abuso)?|ordenar por\s?.{0,20}|(?:los )?más (?:recientes|antiguos|valorados|votados)|normas de (?:participación|la comunidad|comentarios)|\d+ (?:comentarios?|respuestas?)|comentarios?\s?\(\d+\)|opina|¿?qué opinas\s?\??)[+:.!]?$/iu,
      weight: 4,
      reason: 'a comment-section widget',
      examples: {
        match: [
          'Comentarios',
          '12 comentarios',
          'Deja tu comentario',
          'Ver comentarios',
          'Sé el primero en comentar',
          'Más recientes',
        ],
        noMatch: ['Comentarios racistas contra el jugador provocaron la suspensión del partido.'],
      },
    },
    {
      id: 'comments/es-policy',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /los comentarios (?:están|han sido) (?:cerrados|desactivados|deshabilitados|moderados)|(?:los )?comentarios (?:son|están) (?:exclusivos|reservados) (?:para|a) (?:suscriptores|socios|usuarios registrados)|(?:los )?comentarios (?:publicados )?son (?:de )?(?:responsabilidad(?: exclusiva)?|exclusiva responsabilidad) de (?:sus|los) autores|no se hace responsable de (?:los )?comentarios/iu,
      weight: 4,
      reason: 'a comment policy',
      examples: {
        match: [
          'Los comentarios están cerrados.',
          'Los comentarios publicados son responsabilidad exclusiva de sus autores.',
        ],
        noMatch: ['Los comentarios del ministro generaron malestar en Bruselas.'],
      },
      maxLength: 400,
    },

    // ---------------------------------------------------------------------------------------
    // Navigation
    {
      id: 'nav/es-menu-word',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^[[(]?\s?(?:saber más|más información|inicio|ir al inicio|volver al inicio|portada|ir a (?:la )?portada|volver a (?:la )?portada|página principal|menú|buscar|búsqueda|cerrar|abrir|volver|regresar|volver arriba|ir arriba|ir al contenido(?: principal)?|saltar al contenido|siguiente|anterior|secciones|todas las secciones|cargando(?:\.\.\.|…)?|noticias|actualidad|política|economía|internacional|nacional|mundo|deportes|cultura|sociedad|opinión|tecnología|ciencia|salud|espectáculos|entretenimiento|negocios|tendencias|clima|el tiempo|servicios|horóscopo|crucigramas|ciudad|regiones|país|vídeos|podcasts|blogs|columnistas|estilo|moda|viajes|gastronomía|motor|empleo|educación|efemérides|cumpleaños|resultados deportivos|edición impresa|e-?paper|suscribirse|suscripciones|en vivo|en directo)\s?[)\]]?[.:]?$/iu,
      weight: 2,
      reason: 'a menu word alone on its line',
      examples: {
        match: ['Saber más', 'Inicio', 'Portada', 'Volver a la portada', 'Deportes', 'Abrir'],
        noMatch: ['Inicio de clases: los alumnos vuelven el lunes a las aulas.'],
      },
    },
    {
      id: 'nav/es-pagination',
      label: 'chrome',
      languages: ['es'],
      pattern:
        /^(?:página \d+(?: de \d+)?|(?:«|‹|<)?\s?(?:siguiente|anterior|página siguiente|página anterior|(?:artículo|nota) (?:siguiente|anterior))\s?(?:»|›|>)?|foto \d+ de \d+|\d+ de \d+)$/iu,
      weight: 2.5,
      reason: 'pagination or a gallery counter',
      examples: {
        match: ['Página 2 de 5', 'Nota siguiente', 'Foto 3 de 10'],
        noMatch: ['Página a página, el libro revela su secreto.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Bylines, agencies, datelines and credits
    {
      id: 'byline/es-por-autor',
      label: 'byline',
      languages: ['es'],
      pattern:
        /^(?:[Pp]or|POR):?\s\p{Lu}[\p{L}\p{M}'’.-]+(?:\s(?:(?:de|del|la|las|los|da|dos|van|von|di|y)\s){0,2}\p{Lu}[\p{L}\p{M}'’.-]+){1,3}(?:(?:,\s?|\s(?:y|e|&)\s)\p{Lu}[\p{L}\p{M}'’.-]+(?:\s(?:(?:de|del|la|las|los|da|dos|van|von|di)\s){0,2}\p{Lu}[\p{L}\p{M}'’.-]+){1,3}){0,4}(?:(?:,\s?|\s?[|•·–—-]\s?|\s\(|\s(?:en|desde)\s)[^!?]{1,60})?$|^(?:(?:[Pp]or|POR)\s)?(?:[Rr]edacción|REDACCIÓN)(?:\s\p{Lu}[\p{L}\p{N}.' -]{0,30})?$|^(?:[Pp]or|POR):?$/u,
      weight: 4,
      reason: 'an author line ("Por …")',
      examples: {
        match: [
          'Por María López',
          'por Ana Ejemplo',
          'Por María López y Juan Pérez',
          'Por Luis de la Fuente | Madrid',
          'Redacción BBC Mundo',
          'Por Redacción',
        ],
        noMatch: [
          'Por la mañana, el presidente visitó la zona afectada.',
          'Por qué importa el voto joven',
          'Redacción del nuevo estatuto',
        ],
      },
      maxLength: 140,
    },
    {
      id: 'byline/es-labelled',
      label: 'byline',
      languages: ['es'],
      pattern:
        /^(?:(?:[Ee]scrito|[Rr]edactado|[Ee]ditado|[Tt]exto|[Ff]otos?|[Ff]otografías?|[Vv]ídeo|[Vv]ideo|[Tt]raducido|[Tt]raducción|[Rr]ealizado|[Ii]nfografía|[Ii]lustraciones|[Ii]lustración|[Pp]roducción|[Ee]dición|[Cc]oordinación) (?:por|de)\s\p{Lu}|(?:[Tt]extos?|[Rr]edacción|[Aa]utor(?:a|es)?|[Pp]eriodista|[Rr]eporter[oa]|[Cc]orresponsal|[Ee]dición|TEXTO|AUTOR)\s?:\s?\S).{0,80}$/u,
      weight: 4,
      reason: 'a labelled author or contributor field',
      examples: {
        match: ['Escrito por Ana Ejemplo', 'Texto: Luis Prueba', 'Edición: Carmen Modelo'],
        noMatch: [
          'Escrito por un monje en el siglo XII, el manuscrito sobrevivió a dos incendios y una guerra.',
        ],
      },
      maxLength: 110,
    },
    {
      id: 'byline/es-author-bio',
      label: 'byline',
      languages: ['es'],
      pattern:
        /^\p{Lu}[\p{L}\p{M}.'’-]+(?:\s\p{Lu}[\p{L}\p{M}.'’-]+){1,3} (?:(?:es|fue) (?:[\p{L}'’-]+ ){0,4}(?:periodista|redactor(?:a)?|corresponsal|editor(?:a)?|columnista|reporter[oa]|colaborador(?:a)?|cronista)|cubre (?:temas|la información|noticias|la fuente)|escribe sobre)(?![\p{L}]).{0,300}$|^(?:[Gg]raduad[oa]|[Ll]icenciad[oa]|[Ee]gresad[oa]) (?:de|en|por)\s.{0,60}(?:[Pp]eriodismo|[Cc]omunicación)(?![\p{L}]).{0,300}$/u,
      weight: 2.5,
      reason: 'an author bio',
      examples: {
        match: [
          'Ana Ejemplo cubre temas de economía y tendencias en el sur de la Florida.',
          'Luis Prueba es periodista de la sección de Política.',
          'Licenciada en Periodismo por la Universidad de Sevilla.',
        ],
        noMatch: ['Ana Ejemplo es médica en Bilbao y dirige la unidad de urgencias.'],
      },
      maxLength: 400,
    },
    {
      id: 'agency/es-con-informacion',
      label: 'byline',
      signsOff: true,
      languages: ['es'],
      pattern:
        /^[([]?\s?(?:con (?:información|informaciones|info|datos|reportes?) (?:de|del|de la|de las|de los)\s(?:agencias|(?:la )?agencia [\p{L}]+|efe|afp|ap|reuters|europa press|ansa|dpa|xinhua|notimex|sputnik|télam|bloomberg|associated press|agence france-presse|rtve|bbc mundo|cnn|la redacción|medios locales)(?:\s?(?:,|y|e|\/)\s?(?:agencias|(?:la )?agencia [\p{L}]+|efe|afp|ap|reuters|europa press|ansa|dpa|xinhua|notimex|sputnik|télam|bloomberg|associated press|agence france-presse|rtve|bbc mundo|cnn|la redacción|medios locales)){0,4}|(?:redacción|agencias) ?\/ ?(?:efe|afp|ap|reuters|europa press)|(?:efe|afp|ap|reuters|europa press) ?\/ ?(?:redacción|agencias)|con (?:agencias|efe|afp|ap|reuters|europa press)(?:\s?(?:,|y|e|\/)\s?(?:agencias|efe|afp|ap|reuters|europa press)){0,3}|notimex|prensa latina|colpisa|servimedia|agencia (?:afp|ap|reuters|andina|anadolu|xinhua|sputnik|télam)|télam|telam|dpa en español)[)\]]?\.?$/iu,
      weight: 5,
      reason: 'a "con información de EFE" note or Spanish-language agency tag',
      examples: {
        match: [
          'Con información de EFE y AFP',
          '(Con información de agencias)',
          'Redacción / EFE',
          'Con agencias',
          '(Con EFE y AFP)',
          'Notimex',
        ],
        noMatch: ['Con información de primera mano, el fiscal reconstruyó los hechos.'],
      },
      maxLength: 90,
    },
    {
      id: 'dateline/es-meta-line',
      label: 'byline',
      languages: ['es'],
      pattern:
        /^(?:[\p{L} .'-]{1,30}\s?[-–—,]\s?)?(?:[\p{L}]{3,10}\.? \d{1,2},? \d{4}|\d{1,2} de [\p{L}]{3,10}(?: de \d{4})?|\d{1,2}\/\d{1,2}\/\d{2,4})(?:\s?[|•·,-]\s?(?:\d{1,2}:\d{2}\s?(?:[ap]\.?\s?m\.?|hs?\.?|horas)?|\d+ min(?:utos)? de lectura)){0,3}$|^(?:actualizado|publicado|modificado|última actualización)\s?(?:el|a las)?\s?:?\s?(?!.{0,40},\s(?:el|la|los|las|un|una|su|sus|este|esta|ese|esa)\s).{0,30}\d.{0,60}$/iu,
      weight: 4,
      reason: 'a dateline with time or reading time',
      examples: {
        match: [
          'Santiago - may. 3, 2022 | 10:15 a. m. | 5 min de lectura',
          'ACTUALIZADO 7 de marzo de 2021 9:15 AM',
          'Publicado el 3 de mayo de 2021 a las 10:12 h.',
        ],
        noMatch: [
          'El 3 de mayo de 2021 comenzó la huelga que paralizó el puerto.',
          'Publicado en 1954, el libro se tradujo a treinta idiomas.',
        ],
      },
      maxLength: 100,
    },
    {
      id: 'credit/es-fotografia',
      label: 'byline',
      languages: ['es'],
      pattern:
        /^[([]?\s?(?:©\s?)?(?:fotografías?|créditos?|ilustración|infografía|fuente de la imagen|fuente imagen|cortesía)\s?(?::|\||\/|-)\s?.{1,140}$|^[([]?\s?(?:foto|imagen|fotografía)s? (?:de archivo|ilustrativa|de referencia|cortesía|cedida|tomada de [\p{L}\p{N}. ]{1,30})(?:\s?[:/,|-]\s?.{1,80})?[)\]]?\.?$|^[([]?\s?(?:cortesía|archivo|especial|captura de pantalla)(?: de [\p{L}\p{N}.' ]{1,40})?[)\]]?$/iu,
      weight: 4,
      reason: 'a picture credit (Fotografía, Foto de archivo)',
      examples: {
        match: ['Fotografía: Ana Ejemplo', 'Foto de archivo / EFE', '(Cortesía)', 'Imagen ilustrativa'],
        noMatch: ['Fotografías de la época muestran la plaza llena de gente.'],
      },
    },

    // ---------------------------------------------------------------------------------------
    // Disclaimers and copyright
    {
      id: 'disclaimer/es-labelled',
      label: 'disclaimer',
      languages: ['es'],
      pattern:
        /^[([*]?\s?(?:nota (?:de la redacción|del editor|editorial|aclaratoria)|n\.? de la r\.?|nota del autor|fe de erratas|aclaración|descargo de responsabilidad)\s?[:.\-–—]/iu,
      weight: 6,
      reason: 'a line that calls itself an editorial note',
      examples: {
        match: [
          'Nota de la redacción: este artículo fue actualizado con nuevas cifras.',
          'Fe de erratas: una versión anterior citaba mal la fecha.',
        ],
        noMatch: ['Nota de prensa tras nota de prensa, el ministerio insistió en su versión.'],
      },
      maxLength: 800,
    },
    {
      id: 'disclaimer/es-syndication',
      label: 'disclaimer',
      languages: ['es'],
      pattern:
        /(?:este|el presente) (?:artículo|texto|contenido|reportaje|análisis|ensayo|columna)\s.{0,40}(?:fue|ha sido|es) (?:publicad[oa]|tomad[oa]|reproducid[oa]|republicad[oa]) (?:originalmente |originariamente |inicialmente |previamente |primero )?(?:en|por|de)(?![\p{L}])|(?:publicad[oa]|aparecid[oa]) (?:originalmente|originariamente|inicialmente) (?:en|por)(?![\p{L}])|se (?:publicó|ha publicado) (?:originalmente|originariamente|inicialmente|primero) (?:en|por)(?![\p{L}])|(?:reproducid[oa]|republicad[oa]) (?:con (?:permiso|autorización)|bajo licencia)\s.{0,60}|bajo (?:una )?licencia creative commons|(?:este|el) (?:artículo|contenido) (?:forma parte|es parte) de\s.{0,60}(?:alianza|red|colaboración|acuerdo)/iu,
      weight: 5,
      reason: 'a syndication or republication note',
      examples: {
        match: [
          'Este artículo fue publicado originalmente en The Conversation.',
          'Este artículo se publicó originalmente en Ejemplo Noticias.',
          'Este contenido fue publicado originalmente en Ejemplo Noticias bajo licencia Creative Commons.',
        ],
        noMatch: ['El estudio, publicado en la revista Nature, duró diez años.'],
      },
      maxLength: 600,
    },
    {
      id: 'disclaimer/es-out-of-date',
      label: 'disclaimer',
      languages: ['es'],
      pattern:
        /(?:esta|este) (?:noticia|artículo|nota|información|contenido) (?:tiene|fue publicad[oa] hace) (?:más de )?(?:un|una|\d+|dos|tres) (?:años?|mes(?:es)?)|(?:la información|los datos) (?:que contiene )?(?:puede|pueden|podría|podrían) (?:no estar actualizad[oa]s?|estar desactualizad[oa]s?)/iu,
      weight: 4,
      reason: 'a note that the article is old',
      examples: {
        match: ['Esta noticia tiene más de un año.', 'La información puede no estar actualizada.'],
        noMatch: ['Esta noticia tiene consecuencias para miles de familias, advirtió el alcalde.'],
      },
      maxLength: 400,
    },
    {
      id: 'disclaimer/es-affiliate',
      label: 'disclaimer',
      languages: ['es'],
      pattern:
        /enlaces? (?:de afiliados?|afiliados?|patrocinados?)|(?:podemos|podríamos|puede|pueden) (?:recibir|obtener|ganar|percibir) una (?:pequeña )?comisión|(?:recibimos|obtenemos|ganamos) una (?:pequeña )?comisión|(?:este|el) (?:artículo|contenido|post) (?:contiene|incluye|puede contener) enlaces|(?:contenido|artículo) (?:elaborado|realizado|producido) (?:en colaboración con|por encargo de)\s/iu,
      weight: 4.5,
      reason: 'an affiliate or sponsorship disclosure',
      examples: {
        match: ['Este artículo contiene enlaces de afiliados: podemos recibir una comisión por tu compra.'],
        noMatch: ['El agente cobró una comisión del 3 %, según el juez.'],
      },
      maxLength: 600,
    },
    {
      id: 'disclaimer/es-advice',
      label: 'disclaimer',
      languages: ['es'],
      pattern:
        /^[([*]?\s?(?:esto|este artículo|este contenido|esta información) no (?:constituye|es|representa) (?:un |una )?(?:asesoría|asesoramiento|consejo|recomendación) (?:financier[oa]|de inversión|médic[oa]|legal|jurídic[oa])|no (?:sustituye|reemplaza) (?:la |el |una |un )?(?:consulta|opinión|diagnóstico|consejo|atención) (?:médica?|de un (?:médico|profesional|especialista))|las opiniones (?:expresadas|vertidas)\s.{0,80}(?:responsabilidad|no reflejan|no representan)|rentabilidades pasadas no garantizan/iu,
      weight: 4.5,
      reason: 'an investment, health or opinion disclaimer',
      examples: {
        match: [
          'Este artículo no constituye una recomendación de inversión.',
          'Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autor.',
        ],
        noMatch: ['El asesoramiento financiero es una profesión regulada en España.'],
      },
      maxLength: 500,
    },
    {
      id: 'copyright/es-notice',
      label: 'disclaimer',
      languages: ['es'],
      pattern:
        /(?:queda )?prohibida (?:la|su) (?:reproducción|distribución|copia|publicación)(?: total o parcial)?|se prohíbe (?:la|su) reproducción (?:total|parcial|de (?:este|estos|los|sus) (?:contenidos?|materiales?|artículos?))|reproducción (?:total o parcial )?(?:prohibida|no autorizada)/iu,
      weight: 5,
      reason: 'a copyright notice',
      examples: {
        match: [
          'Prohibida su reproducción total o parcial.',
          'Queda prohibida la reproducción total o parcial de este contenido.',
        ],
        noMatch: ['La ley prohíbe la reproducción de especies protegidas en cautiverio.'],
      },
      maxLength: 300,
    },
  ];
}
