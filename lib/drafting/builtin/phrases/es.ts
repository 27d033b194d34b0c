import { esAspects, esDrinks } from "./es-aspects";
import { esFollowUp } from "./es-follow-up";
import type { PhraseBank } from "./types";

// Español, tratamiento de usted. El firmante habla en plural o con giros sin género
// («nos alegra», «lamentamos»), y nunca concuerda adjetivos con el huésped.
// Formas: noun = sintagma con artículo (tras «sobre»), team = tras «a»/«con» (empieza por «nuestro»).

export const es: PhraseBank = {
  and: "y",
  inCity: (city) => `en ${city}`,
  greeting: {
    named: ["Hola, {name}:", "Buenos días, {name}:"],
    anonymous: ["Hola:", "Buenos días:", "Estimado huésped:"],
  },
  opening: {
    glowing: [
      "Su entusiasmo nos ha emocionado: [mil gracias por esta reseña|gracias por tomarse el tiempo de compartirla].",
      "Leer reseñas como la suya es [siempre una alegría|la mejor recompensa para el equipo]; ¡gracias [de corazón|de verdad]!",
      "Todo el equipo ha leído su reseña con [muchísima ilusión|una gran sonrisa]: ¡[gracias|muchas gracias] por sus palabras!",
      "¡[Muchísimas gracias|Mil gracias|Muchas gracias] por [su maravillosa reseña|sus amables palabras|esta reseña tan bonita|una reseña tan generosa]!",
      "Nos alegra [muchísimo|enormemente|de verdad] que haya disfrutado tanto de su estancia, y le agradecemos [de corazón|sinceramente|mucho] que se haya tomado el tiempo de contárnoslo.",
      "Qué [alegría|gusto|satisfacción] leer su reseña: [gracias por compartirla con nosotros|gracias por sus palabras tan amables|todo el equipo la ha recibido con mucha ilusión].",
      "Gracias por elegirnos y por [una reseña tan entusiasta|compartir una experiencia tan positiva|sus palabras tan generosas]; [significa mucho para nosotros|todo el equipo está encantado|es la mejor recompensa para nuestro trabajo].",
      "Su reseña [nos ha alegrado el día|ha sido una alegría para todo el equipo|nos ha hecho muy felices]: ¡[mil gracias|muchísimas gracias|gracias de corazón]!",
    ],
    warm: [
      "Muchas gracias por [este comentario tan positivo|sus amables palabras] y por [su confianza|elegir nuestro hotel].",
      "Nos alegra que [todo saliera bien|su estancia fuera agradable], y le agradecemos [su reseña|que se haya tomado el tiempo de escribirnos].",
      "Muchas gracias por su [amable|positiva] reseña; nos alegra que haya disfrutado de su estancia con nosotros.",
      "Le agradecemos que se haya alojado con nosotros y que se haya tomado el tiempo de [compartir sus impresiones|escribir esta reseña].",
      "Nos complace saber que disfrutó de su estancia, y le agradecemos [sus comentarios|sus amables palabras].",
      "Es un placer leer que su estancia fue agradable; gracias por [su reseña|contárnoslo].",
    ],
    mixed: [
      "Su opinión [matizada|detallada] nos resulta muy valiosa: gracias por contarnos tanto lo que le gustó como lo que no.",
      "Le agradecemos [esta reseña sincera|su franqueza], que nos ayuda a ver dónde podemos mejorar.",
      "Gracias por su reseña [sincera|detallada], que nos ayuda a mejorar.",
      "Le agradecemos que se haya alojado con nosotros y que nos cuente tanto lo que le gustó como lo que no.",
      "Valoramos mucho sus comentarios [sinceros|honestos]: nos muestran lo que hacemos bien y lo que debemos mejorar.",
      "Gracias por tomarse el tiempo de escribirnos; lamento que no todo haya estado a la altura de sus expectativas.",
    ],
    negative: [
      "Sentimos de verdad que su estancia no estuviera a la altura, y le agradecemos que nos lo haya contado.",
      "Le pedimos disculpas por [una estancia tan decepcionante|las molestias que sufrió]; gracias por tomarse el tiempo de escribirnos.",
      "Gracias por tomarse el tiempo de escribirnos, y [lamento sinceramente|sentimos mucho] que su estancia no haya cumplido sus expectativas.",
      "Sentimos [mucho|profundamente] que su estancia haya sido [tan decepcionante|decepcionante], y le agradecemos que nos lo haya hecho saber.",
      "Le ruego que acepte nuestras [más sinceras disculpas|disculpas] por una estancia que no estuvo a la altura de lo que esperaba; gracias por compartir su experiencia.",
      "Su reseña ha sido difícil de leer, y lamentamos de verdad no haber estado a la altura.",
    ],
  },
  ratingOnly: {
    glowing: [
      "¡Muchas gracias por su [excelente|magnífica] valoración!",
      "Todo el equipo le agradece [de corazón|sinceramente] esta [excelente|estupenda] valoración.",
    ],
    warm: [
      "Muchas gracias por su valoración; nos alegra que haya disfrutado de su estancia.",
      "Le agradecemos que se haya tomado un momento para valorar su estancia.",
    ],
    mixed: [
      "Gracias por su valoración; [nos encantaría saber qué podríamos mejorar|cada opinión nos ayuda a mejorar].",
      "Le agradecemos que haya valorado su estancia; tomamos su valoración muy en serio.",
    ],
    negative: [
      "Gracias por su valoración, y lamentamos sinceramente que su estancia no haya cumplido sus expectativas.",
      "Sentimos mucho que su estancia haya sido decepcionante.",
    ],
  },
  generalPraise: [
    "Es [maravilloso|un placer] saber que se sintió como en casa con nosotros.",
    "Opiniones como la suya [son la mejor recompensa para nuestro equipo|hacen que nuestro trabajo merezca la pena].",
    "Compartiré [sus palabras|su reseña] con todo el equipo.",
  ],
  generalComplaint: [
    "He compartido su reseña con [todo nuestro equipo|los responsables de cada departamento] para que podamos [aprender de ella|analizar qué falló].",
    "Nos tomamos muy en serio cada comentario, y he trasladado el suyo a [nuestro equipo|los departamentos correspondientes].",
  ],
  praise: [
    "Gracias por destacar {noun}: [es algo que cuidamos mucho|el equipo pone mucho cariño en ello].",
    "Lo que cuenta sobre {noun} [alegra mucho al equipo|nos anima a seguir así].",
    "Gracias por sus [amables palabras|elogios|bonitas palabras] sobre {noun}[; el equipo estará encantado|; nos alegra mucho|].",
    "Nos alegra [mucho|especialmente|de verdad] que {noun} haya sido [uno de los puntos fuertes|uno de los mejores recuerdos] de su estancia.",
    "Sus elogios sobre {noun} [ya han llegado|llegarán] [al equipo responsable|a los compañeros responsables].",
    "Es un [placer|gusto|orgullo] saber que valoró {noun}.",
  ],
  staffNamed: [
    "Gracias por mencionar a {names}: trasladaré sus palabras personalmente.",
    "Con mucho gusto trasladaré sus amables palabras a {names}.",
    "Sus elogios para {names} nos alegran especialmente, y me aseguraré de transmitirlos.",
  ],
  nextStep: [
    "He trasladado sus comentarios sobre {noun} a {team}[ para analizar lo ocurrido|].",
    "Sus comentarios sobre {noun} ya están en manos de {team}, [para que revisemos lo sucedido|para analizar la situación].",
    "He pedido a {team} que se revisen con atención sus comentarios sobre {noun}.",
  ],
  lightComplaint: [
    "Gracias también por su comentario sobre {noun}; lo he trasladado a {team}.",
    "Tomamos nota de su observación sobre {noun} y la hemos trasladado a {team}.",
    "He trasladado su comentario sobre {noun} a {team}[; gracias por hacérnoslo saber|: este tipo de opiniones nos ayudan a mejorar].",
    "Sobre {noun}, gracias por su sinceridad; ya he trasladado su comentario a {team}.",
  ],
  question: [
    "En cuanto a su pregunta, nuestro equipo estará encantado de ayudarle: no dude en ponerse en contacto directamente con el hotel.",
    "Sobre su consulta, le invitamos a contactar directamente con el hotel; le atenderemos con mucho gusto.",
  ],
  contact: [
    "Si lo desea, [póngase en contacto directamente con el hotel y pregunte por mí|no dude en contactar directamente con el hotel y preguntar por mí] para que pueda conocer mejor lo sucedido.",
    "Me gustaría hablar con usted personalmente sobre su estancia; le ruego que se ponga en contacto directamente con el hotel.",
    "Le invito a contactar directamente con el hotel: me gustaría entender con más detalle lo que ocurrió.",
  ],
  serious: [
    "Lo que describe es grave, y lo estoy revisando personalmente con los responsables.",
    "Me tomo muy en serio lo que nos cuenta y estoy revisando personalmente lo ocurrido con el equipo.",
  ],
  closing: {
    glowing: [
      "¡Esperamos verle de nuevo [muy pronto|pronto] {inCity}!",
      "¡Hasta muy pronto, esperamos, para [una nueva estancia|otra escapada] con nosotros!",
      "¡Esperamos darle la bienvenida de nuevo {inCity} [muy pronto|en su próxima visita|en su próximo viaje]!",
      "¡[Hasta la próxima|Hasta pronto|Hasta muy pronto]! [Todo el equipo le espera|Le esperamos] con los brazos abiertos.",
      "Será un [placer|auténtico placer|gran placer] recibirle de nuevo [en su próxima visita|muy pronto].",
      "Nuestras puertas siempre estarán abiertas para usted: ¡[hasta pronto|le esperamos|hasta la próxima]!",
      "Ojalá sus viajes le traigan de vuelta [muy pronto|pronto][; hasta entonces, le deseamos lo mejor|].",
      "Todo el equipo [espera|desea] volver a verle [muy pronto|en su próxima visita].",
    ],
    warm: [
      "Será un gusto recibirle de nuevo [pronto|en su próxima estancia].",
      "Esperamos tener el placer de recibirle de nuevo {inCity} [pronto|en su próxima visita].",
      "Gracias de nuevo, y esperamos volver a verle [pronto|en el futuro].",
      "Será un placer darle la bienvenida en su próxima visita.",
      "Nos encantaría volver a verle [pronto|en su próximo viaje] {inCity}.",
    ],
    mixed: [
      "Espero que tengamos la oportunidad de recibirle de nuevo y ofrecerle [la estancia que esperaba|una experiencia a la altura de sus expectativas].",
      "Gracias de nuevo por sus comentarios; esperamos recibirle otra vez {inCity} [algún día|en el futuro].",
      "Nos encantaría volver a recibirle y hacer que su próxima estancia sea [mucho mejor|todo un acierto].",
    ],
    negative: [
      "Espero sinceramente tener la ocasión de recibirle de nuevo y mostrarle lo mejor de nuestro hotel.",
      "Espero que nos dé [otra oportunidad|la oportunidad] de ofrecerle la estancia que merecía.",
      "Gracias de nuevo por su sinceridad; espero tener algún día el placer de recibirle de nuevo.",
      "Sus comentarios nos ayudan a mejorar, y nos encantaría volver a recibirle en el futuro.",
    ],
  },
  ...esFollowUp,
  signOff: ["Un cordial saludo,", "Saludos cordiales,", "Atentamente,", "Un afectuoso saludo,"],
  aspects: esAspects,
  drinks: esDrinks,
};
