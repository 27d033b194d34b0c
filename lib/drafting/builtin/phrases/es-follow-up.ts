import type { PhraseBank } from "./types";

// Qué pasa después de una queja, según su tipo; preguntas; saludos para marcas que tutean. {noun} como
// en es-aspects.ts; cada paso nombra al equipo que de verdad se ocupa de ese tipo de problema.

export const esFollowUp: Pick<PhraseBank, "nextStepFor" | "questionAbout" | "answer" | "informal"> = {
  nextStepFor: {
    size: [
      "He trasladado sus comentarios sobre el tamaño de la habitación a nuestro equipo de reservas, para que la descripción de nuestras habitaciones sea más precisa.",
      "Sus comentarios sobre el tamaño de la habitación ya están en manos de nuestro equipo de reservas[, que revisará cómo describimos cada categoría|].",
    ],
    dirty: [
      "He trasladado sus comentarios sobre {noun} a nuestra gobernanta, que está revisando [los controles de limpieza|nuestros procedimientos de limpieza] con el equipo.",
      "Nuestra gobernanta ya conoce sus comentarios y revisará con el equipo la inspección de las habitaciones antes de cada llegada.",
    ],
    broken: [
      "He comunicado el problema con {noun} a nuestro equipo de mantenimiento para que [lo revisen y lo reparen|lo solucionen cuanto antes].",
      "Nuestro equipo de mantenimiento ya está revisando {noun} para que [funcione como debe|todo vuelva a funcionar correctamente].",
    ],
    noise: [
      "He pedido a nuestro equipo de mantenimiento que revise el aislamiento acústico de esa parte del edificio[, y en recepción anotaremos con gusto su preferencia por una habitación más tranquila|].",
      "Sus comentarios sobre el ruido ya están en manos de nuestro equipo de mantenimiento; en su próxima reserva, [no dude en pedir una habitación tranquila|indíquenos que prefiere una habitación tranquila].",
    ],
    service: [
      "He hablado de su experiencia con el responsable del departamento, porque no es así como queremos tratar a ningún huésped.",
      "He compartido sus comentarios con los responsables de cada equipo[, y los tendremos en cuenta en nuestra próxima formación|].",
    ],
    wait: [
      "He trasladado este punto a nuestro jefe de recepción para revisar la organización del personal en las horas de mayor afluencia.",
      "Esperar no es la bienvenida que queremos dar, y nuestro jefe de recepción está revisando cómo organizamos las llegadas en las horas punta.",
    ],
    food: [
      "He trasladado sus comentarios sobre {noun} a nuestro jefe de cocina, que los revisará con el equipo de cocina.",
      "Nuestro chef ya conoce sus comentarios sobre {noun} y está revisando [qué podemos mejorar|cómo hacerlo mejor].",
    ],
    value: [
      "He compartido su opinión sobre la relación calidad-precio con la dirección, que revisa periódicamente lo que incluyen nuestras tarifas.",
      "Sus comentarios sobre la relación calidad-precio ayudan a nuestra dirección a revisar lo que incluye cada estancia.",
    ],
    comfort: [
      "He pedido a nuestro equipo de pisos que revise {noun} de esa habitación y sustituya lo que esté desgastado.",
      "Sus comentarios sobre {noun} ya están en manos de nuestro equipo de pisos, que revisará los colchones y las almohadas de esa habitación.",
    ],
  },
  questionAbout: [
    "En cuanto a su pregunta sobre {noun}, nuestro equipo le ayudará con mucho gusto: no dude en ponerse en contacto directamente con el hotel.",
    "Sobre su pregunta acerca de {noun}, contacte directamente con el hotel y le responderemos encantados.",
  ],
  answer: ["En cuanto a su pregunta: {fact}", "Para responder a su pregunta: {fact}"],
  informal: {
    greeting: { named: ["Hola, {name}:", "¡Hola, {name}!"], anonymous: ["¡Hola!", "Hola:"] },
    signOff: ["Un abrazo,", "Un saludo,", "¡Hasta pronto!"],
  },
};
