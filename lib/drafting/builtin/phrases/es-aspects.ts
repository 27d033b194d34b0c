import type { AspectPhrases, PhraseBank } from "./types";

// What the Spanish bank says about each aspect: its name in the generic templates, who follows up a
// complaint, specific thanks and specific apologies.

export const esAspects: PhraseBank["aspects"] = {
  room: {
    forms: { noun: "la habitación", team: "nuestros equipos de pisos y mantenimiento" },
    asked: { noun: "nuestras habitaciones" },
    praise: [
      "Nos alegra que su habitación le resultara tan cómoda.",
      "Es un placer saber que se sintió a gusto en su habitación."],
    complaint: [
      "Lamentamos que su habitación no estuviera a la altura de sus expectativas.",
      "Sentimos que su habitación no fuera tan cómoda como debería.",
      "Siento mucho que su habitación no le ofreciera el confort que esperaba.",
      "Nuestras disculpas por una habitación que no estuvo a la altura."],
  },
  cleanliness: {
    forms: { noun: "la limpieza", team: "nuestro equipo de limpieza" },
    praise: [
      "Nuestro equipo de limpieza se esfuerza cada día para que todo esté impecable, así que sus palabras significan mucho.",
      "Gracias por fijarse en la limpieza; trasladaré sus palabras a nuestro equipo."],
    complaint: [
      "Le pido disculpas: la limpieza no estuvo a la altura de nuestros estándares.",
      "Lamentamos sinceramente que su habitación no estuviera tan limpia como debía.",
      "Siento mucho que la limpieza de su habitación dejara que desear.",
      "Nuestras disculpas: una habitación debe estar siempre impecable, y la suya no lo estaba."],
  },
  bathroom: {
    forms: { noun: "el baño", team: "nuestros equipos de pisos y mantenimiento" },
    praise: [
      "Nos alegra que el baño le gustara; son detalles que cuidamos mucho.",
      "Gracias por su comentario positivo sobre el baño."],
    complaint: [
      "Sentimos que el baño no estuviera en las condiciones que usted merecía.",
      "Le pedimos disculpas por las molestias con el baño.",
      "Siento mucho que el baño no estuviera en buenas condiciones."],
  },
  bed: {
    forms: { noun: "la cama", team: "nuestro equipo de limpieza" },
    praise: [
      "No hay nada como un buen descanso, así que nos alegra que la cama le resultara tan cómoda.",
      "Es estupendo saber que descansó tan bien con nosotros."],
    complaint: [
      "Lamentamos que no pudiera descansar tan bien como merecía.",
      "Sentimos que la cama no le resultara cómoda.",
      "Siento mucho que la cama no le permitiera descansar bien."],
  },
  staff: {
    forms: { noun: "el trato recibido", team: "nuestros responsables de departamento" },
    praised: { noun: "el trabajo de nuestro equipo" },
    praise: [
      "[Trasladaré con mucho gusto|Haré llegar con mucho gusto] sus palabras a todo el equipo[, que se alegrará muchísimo|; sé que les hará mucha ilusión|].",
      "Nuestro equipo trabaja cada día para que todos los huéspedes se sientan [bienvenidos|como en casa|bien atendidos], así que [sus palabras significan mucho|nos alegra mucho leerlo|gracias por notarlo].",
      "Nos emociona saber que nuestro equipo cuidó tan bien de usted[; compartiré sus palabras con todos|: gracias por destacarlo|].",
      "[Qué alegría|Es una alegría] leer que nuestro equipo [hizo que su estancia fuera tan especial|contribuyó tanto a su estancia][; se lo haré saber a todos|].",
    ],
    complaint: [
      "Lamentamos sinceramente que nuestro equipo no le ofreciera el trato que merecía.",
      "Le pido disculpas por un servicio que no estuvo a la altura de nuestras propias exigencias.",
      "Siento mucho que nuestro equipo no estuviera a la altura de lo que esperaba.",
      "Nuestras disculpas por un trato que no refleja nuestra forma de trabajar."],
  },
  breakfast: {
    forms: { noun: "el desayuno", team: "nuestro equipo de desayunos" },
    praise: [
      "Nos alegra [mucho|muchísimo|de verdad] que disfrutara de nuestro desayuno[; se lo haré saber al equipo|: el equipo estará encantado|].",
      "Empezar bien el día es [fundamental|esencial], así que nos encanta saber que el desayuno [estuvo a la altura|fue de su agrado|le gustó tanto].",
      "Gracias por sus elogios a nuestro desayuno[; el equipo estará encantado|: es una parte de la estancia que cuidamos mucho|].",
      "Es estupendo saber que el desayuno fue [uno de los puntos fuertes de su estancia|un buen comienzo para sus días].",
    ],
    complaint: [
      "Sentimos que nuestro desayuno no cumpliera sus expectativas.",
      "Lamentamos que el desayuno no estuviera a la altura.",
      "Siento mucho que el desayuno le decepcionara.",
      "Nuestras disculpas por un desayuno que no estuvo a la altura."],
  },
  food: {
    forms: { noun: "la comida", team: "nuestro equipo de cocina" },
    praise: [
      "Gracias por sus elogios a nuestra cocina; se los trasladaré con mucho gusto a nuestro chef.",
      "Nos alegra mucho que disfrutara de la comida con nosotros."],
    complaint: [
      "Sentimos que la comida no cumpliera sus expectativas.",
      "Le pedimos disculpas por unas comidas que no estuvieron a la altura.",
      "Siento mucho que la comida no fuera de su agrado.",
      "Es una pena que nuestra cocina no le convenciera, y lo lamentamos."],
  },
  location: {
    forms: { noun: "nuestra ubicación", team: "nuestro equipo de recepción" },
    praise: [
      "Nuestra ubicación es uno de nuestros puntos fuertes, y nos alegra que le permitiera descubrir {city} con comodidad.",
      "Nos alegra que nuestra ubicación se adaptara tan bien a sus planes."],
    complaint: [
      "Entiendo que nuestra ubicación no era la ideal para sus planes, y lo lamento.",
      "Sentimos que la ubicación no se adaptara a sus planes como esperaba.",
      "Siento mucho que nuestra ubicación le complicara los desplazamientos."],
  },
  noise: {
    forms: { noun: "el ruido", team: "nuestro equipo de mantenimiento" },
    praised: { noun: "la tranquilidad" },
    praise: [
      "Una noche tranquila no tiene precio, así que nos alegra que pudiera disfrutar de la calma del hotel.",
      "Gracias por destacar la tranquilidad de nuestro hotel."],
    complaint: [
      "Lamentamos mucho que el ruido le impidiera descansar.",
      "Le pido disculpas por no haber podido ofrecerle la noche tranquila que merecía.",
      "Siento mucho que el ruido no le dejara dormir bien.",
      "Nuestras disculpas por una noche que debió ser tranquila y no lo fue."],
  },
  value: {
    forms: { noun: "la relación calidad-precio", team: "nuestra dirección" },
    praise: [
      "Nos alegra que considerara que su estancia ofrecía una buena relación calidad-precio.",
      "Es estupendo saber que su estancia mereció la pena."],
    complaint: [
      "Sentimos que no considerara adecuada la relación calidad-precio de su estancia.",
      "Lamento que su estancia no le pareciera a la altura del precio.",
      "Siento mucho que el precio de la estancia no le pareciera justo."],
  },
  "check-in": {
    forms: { noun: "su llegada", team: "nuestro equipo de recepción" },
    asked: { noun: "el check-in" },
    praised: { noun: "el check-in" },
    praise: [
      "Una buena bienvenida marca toda la estancia, así que nos alegra que su llegada fuera tan sencilla.",
      "Gracias por sus palabras sobre el check-in; nos alegra que todo fuera rápido y fácil."],
    complaint: [
      "Lamentamos que su llegada no fuera tan fluida como debería.",
      "Sentimos que el check-in se alargara más de lo necesario.",
      "Siento mucho que el check-in no fuera tan ágil como debería.",
      "Nuestras disculpas por una llegada que no fue tan fluida como merecía."],
  },
  wifi: {
    forms: { noun: "el wifi", team: "nuestro departamento técnico" },
    praise: [
      "Nos alegra que el wifi funcionara bien durante su estancia.",
      "Gracias por su comentario positivo sobre el wifi."],
    complaint: [
      "Lamentamos los problemas que tuvo con el wifi.",
      "Sentimos que el wifi no funcionara como debía.",
      "Siento mucho que no pudiera contar con un wifi fiable."],
  },
  parking: {
    forms: { noun: "el aparcamiento", team: "nuestro equipo de recepción" },
    praise: [
      "Nos alegra que aparcar le resultara tan fácil.",
      "Gracias por su comentario sobre el aparcamiento; nos alegra que le resultara cómodo."],
    complaint: [
      "Sentimos que aparcar le resultara complicado.",
      "Le pedimos disculpas por las molestias con el aparcamiento.",
      "Siento mucho las complicaciones con el aparcamiento."],
  },
  "pool-spa": {
    forms: { noun: "nuestra zona de bienestar", team: "nuestro equipo de spa" },
    praise: [
      "Nos alegra mucho que pudiera relajarse en nuestra zona de bienestar.",
      "Gracias por sus palabras sobre nuestra zona de bienestar."],
    complaint: [
      "Lamentamos que nuestra zona de bienestar no cumpliera sus expectativas.",
      "Sentimos que no pudiera disfrutar de nuestra zona de bienestar como esperaba.",
      "Siento mucho que nuestra zona de bienestar no le ofreciera el descanso esperado."],
  },
  "air-conditioning": {
    forms: { noun: "el aire acondicionado", team: "nuestro equipo de mantenimiento" },
    praise: [
      "Nos alegra que el aire acondicionado mantuviera una temperatura agradable.",
      "Gracias por su comentario positivo sobre el aire acondicionado."],
    complaint: [
      "Sentimos que el aire acondicionado no mantuviera una temperatura agradable en su habitación.",
      "Le pedimos disculpas por la temperatura de su habitación.",
      "Siento mucho que la temperatura de su habitación no fuera la adecuada."],
  },
  smell: {
    forms: { noun: "el olor de la habitación", team: "nuestro equipo de limpieza" },
    praised: { noun: "el aroma a limpio" },
    praise: [
      "Nos alegra que todo le pareciera tan fresco y cuidado.",
      "Es un placer saber que notó el aroma a limpio de nuestras habitaciones."],
    complaint: [
      "Lamentamos sinceramente el mal olor de su habitación.",
      "Le pido disculpas por el olor desagradable que encontró en la habitación.",
      "Siento mucho el olor que había en su habitación."],
  },
  view: {
    forms: { noun: "la vista", team: "nuestro departamento de reservas" },
    praise: [
      "Nosotros tampoco nos cansamos de esta vista, así que nos alegra que la disfrutara.",
      "Nos alegra que la vista hiciera su estancia aún más especial."],
    complaint: [
      "Lamentamos que la vista le decepcionara.",
      "Entiendo que esperaba una vista mejor, y lo siento.",
      "Siento mucho que la vista no le convenciera."],
  },
  facilities: {
    forms: { noun: "el edificio y las zonas comunes", team: "nuestra dirección" },
    praise: [
      "Nos alegra que le gustaran el edificio y las zonas comunes.",
      "Cuidamos mucho nuestras zonas comunes, así que gracias por sus amables palabras sobre ellas."],
    complaint: [
      "Lamentamos que el edificio y las zonas comunes no estuvieran a la altura de sus expectativas.",
      "Siento que nuestras zonas comunes no estuvieran al nivel que cabe esperar.",
      "Nuestras disculpas por unas zonas comunes que no estuvieron a la altura."],
  },
  billing: {
    forms: { noun: "su reserva y su factura", team: "nuestro departamento de reservas y contabilidad" },
    praise: [
      "Nos alegra que la reserva y la facturación fueran tan sencillas.",
      "Es una buena noticia que todo en su reserva fuera claro y sencillo."],
    complaint: [
      "Siento las molestias con su reserva y su factura; ambas deben ser siempre claras y correctas.",
      "Lamentamos la confusión con su factura.",
      "Nuestras disculpas por los problemas con su reserva y su factura."],
  },
};

/** Praise or criticism filed under food that is about drinks (cocktails, wine, coffee); never names a bar the hotel may not have. */
export const esDrinks: AspectPhrases = {
  forms: { noun: "nuestra oferta de bebidas", team: "nuestro equipo de sala" },
  praise: [
    "Nos alegra mucho que disfrutara de nuestras bebidas.",
    "Gracias por sus elogios a nuestras bebidas; se los trasladaré con mucho gusto a nuestro equipo de sala.",
    "Es un placer saber que las bebidas fueron de su agrado.",
  ],
  complaint: [
    "Sentimos que nuestras bebidas no cumplieran sus expectativas.",
    "Le pedimos disculpas por unas bebidas que no estuvieron a la altura.",
    "Lamentamos que las bebidas no fueran de su agrado.",
  ],
};
