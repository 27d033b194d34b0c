import type { AspectPhrases, PhraseBank } from "./types";

// What the Brazilian Portuguese bank says about each aspect: its name in the generic templates, who follows up a
// complaint, specific thanks and specific apologies.

export const ptBRAspects: PhraseBank["aspects"] = {
  room: {
    forms: { noun: "o quarto", team: "as nossas equipes de limpeza e manutenção" },
    asked: { noun: "os nossos quartos" },
    praise: [
      "Ficamos felizes por saber que o quarto foi tão confortável.",
      "É ótimo saber que o seu quarto estava ao seu gosto."],
    complaint: [
      "Lamentamos que o seu quarto não tenha correspondido às suas expectativas.",
      "Lamento que o quarto não tenha sido tão confortável como deveria.",
      "As nossas desculpas por um quarto que não esteve à altura do que esperava.",
      "Infelizmente o seu quarto não foi tão confortável como deveria, e lamentamos isso."],
  },
  cleanliness: {
    forms: { noun: "a limpeza", team: "a nossa equipe de limpeza" },
    praise: [
      "A nossa equipe de limpeza trabalha todos os dias para que tudo esteja impecável, por isso as suas palavras significam muito.",
      "Agradecemos o elogio à limpeza; vou transmiti-lo à nossa equipe."],
    complaint: [
      "Pedimos desculpas pela limpeza, que não esteve à altura dos nossos padrões.",
      "Lamentamos sinceramente que o seu quarto não estivesse tão limpo como deveria.",
      "As nossas desculpas: um quarto deve estar sempre impecável, e o seu não estava.",
      "Infelizmente a limpeza deixou a desejar durante a sua estadia, e lamentamos muito."],
  },
  bathroom: {
    forms: { noun: "o banheiro", team: "as nossas equipes de limpeza e manutenção" },
    praise: [
      "Ficamos felizes por saber que o banheiro agradou; são detalhes a que damos muita atenção.",
      "Agradecemos o comentário positivo sobre o banheiro."],
    complaint: [
      "Lamentamos que o banheiro não estivesse nas condições que merecia.",
      "Pedimos desculpas pelos transtornos com o banheiro.",
      "É uma pena que o banheiro não estivesse impecável; as nossas desculpas."],
  },
  bed: {
    forms: { noun: "a cama", team: "a nossa equipe de limpeza" },
    praise: [
      "Nada como uma boa noite de sono, por isso ficamos felizes por saber que a cama era tão confortável.",
      "É ótimo saber que descansou tão bem conosco."],
    complaint: [
      "Lamentamos que não tenha conseguido descansar como merecia.",
      "Lamento que a cama não tenha sido confortável.",
      "As nossas desculpas pelas noites mal dormidas.",
      "É uma pena que a cama não lhe tenha permitido descansar bem; lamentamos."],
  },
  staff: {
    forms: { noun: "o atendimento recebido", team: "os responsáveis de cada departamento" },
    praised: { noun: "a nossa equipe" },
    praise: [
      "Vou transmitir com muito prazer as suas palavras a [toda a equipe|todos os colegas|cada membro da equipe][: será uma grande alegria para todos|, e sei que vai alegrar a todos|].",
      "A nossa equipe trabalha todos os dias para que cada hóspede se sinta [bem-vindo|em casa|bem acolhido], por isso [as suas palavras significam muito|é uma alegria ler isto|agradecemos que o tenha notado].",
      "Ficamos muito felizes por saber que a nossa equipe cuidou tão bem da sua estadia[; vou compartilhar as suas palavras com todos|: agradecemos o destaque|].",
      "É [uma alegria|muito gratificante] ler que a nossa equipe [tornou a sua estadia tão especial|contribuiu tanto para a sua estadia][; vou dar a notícia a todos|].",
    ],
    complaint: [
      "Lamentamos sinceramente que a nossa equipe não lhe tenha oferecido o atendimento que merecia.",
      "Pedimos desculpas por um atendimento que não esteve à altura dos nossos padrões.",
      "As nossas desculpas por um atendimento que não reflete a forma como trabalhamos.",
      "É uma pena que a nossa equipe não tenha correspondido às suas expectativas; lamentamos."],
  },
  breakfast: {
    forms: { noun: "o café da manhã", team: "a equipe do café da manhã" },
    praise: [
      "[Ficamos muito felizes|Ficamos contentes|Ficamos radiantes] por saber que gostou do nosso café da manhã[; vou transmitir o elogio à equipe|: a equipe vai ficar radiante|].",
      "Começar bem o dia é [essencial|fundamental], por isso é ótimo saber que o café da manhã [esteve à altura|foi do seu agrado].",
      "Agradecemos os elogios ao nosso café da manhã[; a equipe vai ficar muito feliz|: é um momento da estadia a que damos muita atenção|].",
      "É ótimo saber que o café da manhã foi [um dos pontos altos da sua estadia|um bom começo para os seus dias].",
    ],
    complaint: [
      "Lamentamos que o nosso café da manhã não tenha correspondido às suas expectativas.",
      "Lamento que o café da manhã não tenha estado à altura.",
      "As nossas desculpas por um café da manhã que não esteve à altura.",
      "É uma pena que o café da manhã não tenha sido do seu agrado; lamentamos."],
  },
  food: {
    forms: { noun: "a comida", team: "a nossa equipe de cozinha" },
    praise: [
      "Agradecemos os elogios à nossa cozinha; vou transmiti-los com muito prazer ao nosso chef.",
      "Ficamos muito felizes por saber que gostou das refeições."],
    complaint: [
      "Lamentamos que a comida não tenha correspondido às suas expectativas.",
      "Pedimos desculpas por refeições que não estiveram à altura.",
      "As nossas desculpas por pratos que não estiveram à altura.",
      "É uma pena que a comida não tenha sido do seu agrado; lamentamos."],
  },
  location: {
    forms: { noun: "a nossa localização", team: "a nossa equipe da recepção" },
    praise: [
      "A nossa localização é um dos nossos pontos fortes, e ficamos felizes por ter facilitado a descoberta de {city}.",
      "Ficamos contentes por saber que a nossa localização se adaptou tão bem aos seus planos."],
    complaint: [
      "Compreendo que a nossa localização não era a ideal para os seus planos, e lamento isso.",
      "Lamentamos que a localização não se tenha adaptado aos seus planos.",
      "É uma pena que a nossa localização tenha dificultado os seus planos; lamentamos."],
  },
  noise: {
    forms: { noun: "o barulho", team: "a nossa equipe de manutenção" },
    praised: { noun: "a tranquilidade" },
    praise: [
      "Uma noite tranquila não tem preço, por isso ficamos felizes por saber que aproveitou a calma do hotel.",
      "Agradecemos o destaque à tranquilidade do nosso hotel."],
    complaint: [
      "Lamentamos muito que o barulho tenha perturbado o seu descanso.",
      "Pedimos desculpas por não lhe termos proporcionado a noite tranquila que merecia.",
      "As nossas desculpas pela noite agitada.",
      "É uma pena que o barulho não lhe tenha permitido dormir bem; lamentamos."],
  },
  value: {
    forms: { noun: "a relação qualidade-preço", team: "a nossa direção" },
    praise: [
      "Ficamos felizes por saber que considerou a estadia uma boa relação qualidade-preço.",
      "É ótimo saber que a estadia valeu a pena."],
    complaint: [
      "Lamentamos que não tenha considerado adequada a relação qualidade-preço da sua estadia.",
      "Lamento que a estadia não lhe tenha parecido à altura do preço.",
      "É uma pena que a estadia não lhe tenha parecido justa para o preço; lamentamos."],
  },
  "check-in": {
    forms: { noun: "o check-in", team: "a nossa equipe da recepção" },
    praise: [
      "Um acolhimento caloroso marca toda a estadia, por isso ficamos felizes por saber que o check-in foi tão tranquilo.",
      "Agradecemos as suas palavras sobre a chegada; ficamos contentes por saber que foi tudo rápido e simples."],
    complaint: [
      "Pedimos desculpas: a sua chegada não foi tão tranquila como deveria.",
      "Lamentamos que o check-in tenha demorado mais do que o necessário.",
      "É uma pena que o check-in não tenha sido mais rápido; lamentamos."],
  },
  wifi: {
    forms: { noun: "o Wi-Fi", team: "a nossa equipe técnica" },
    praise: [
      "Ficamos contentes por saber que o Wi-Fi funcionou bem durante a estadia.",
      "Agradecemos o comentário positivo sobre o Wi-Fi."],
    complaint: [
      "Lamentamos os problemas que teve com o Wi-Fi.",
      "Pedimos desculpas pelo Wi-Fi, que não funcionou como deveria.",
      "É uma pena que o Wi-Fi não tenha funcionado bem; lamentamos."],
  },
  parking: {
    forms: { noun: "o estacionamento", team: "a nossa equipe da recepção" },
    praise: [
      "Ficamos felizes por saber que estacionar foi tão fácil.",
      "Agradecemos o comentário sobre o estacionamento."],
    complaint: [
      "Lamentamos que estacionar tenha sido complicado.",
      "Pedimos desculpas pelos transtornos com o estacionamento.",
      "É uma pena que estacionar tenha complicado a sua chegada; lamentamos."],
  },
  "pool-spa": {
    forms: { noun: "a nossa área de lazer e bem-estar", team: "a nossa equipe de lazer" },
    praise: [
      "Ficamos muito felizes por saber que aproveitou a nossa área de lazer e bem-estar.",
      "Agradecemos as palavras gentis sobre a nossa área de lazer e bem-estar."],
    complaint: [
      "Lamentamos que a nossa área de lazer e bem-estar não tenha correspondido às suas expectativas.",
      "Lamento que não tenha aproveitado a área de lazer como esperava.",
      "É uma pena que a nossa área de lazer e bem-estar não lhe tenha proporcionado o descanso esperado; lamentamos."],
  },
  "air-conditioning": {
    forms: { noun: "o ar-condicionado", team: "a nossa equipe de manutenção" },
    praise: [
      "Ficamos contentes por saber que o ar-condicionado manteve uma temperatura agradável.",
      "Agradecemos o comentário positivo sobre o ar-condicionado."],
    complaint: [
      "Lamentamos que o ar-condicionado não tenha mantido uma temperatura agradável no seu quarto.",
      "Pedimos desculpas pela temperatura do seu quarto.",
      "As nossas desculpas pela temperatura desagradável no quarto."],
  },
  smell: {
    forms: { noun: "o cheiro no quarto", team: "a nossa equipe de limpeza" },
    praised: { noun: "o cheiro de limpo dos quartos" },
    praise: [
      "Ficamos felizes por saber que tudo estava tão fresco e cuidado.",
      "Agradecemos por ter notado o cheiro de limpo dos nossos quartos."],
    complaint: [
      "Lamentamos sinceramente o cheiro desagradável no quarto.",
      "Pedimos desculpas pelo mau cheiro que encontrou no quarto.",
      "As nossas desculpas: um quarto deve ter sempre um cheiro fresco."],
  },
  view: {
    forms: { noun: "a vista", team: "a nossa equipe de reservas" },
    praise: [
      "Também nós nunca nos cansamos desta vista: ficamos felizes por saber que gostou.",
      "É ótimo saber que a vista tornou a sua estadia ainda mais especial."],
    complaint: [
      "Lamentamos que a vista não tenha correspondido às suas expectativas.",
      "Compreendo que esperava uma vista melhor, e lamento isso.",
      "É uma pena que a vista não tenha sido a que esperava; lamentamos."],
  },
  facilities: {
    forms: { noun: "o edifício e as áreas comuns", team: "a nossa direção" },
    praise: [
      "Ficamos felizes por saber que gostou do edifício e das áreas comuns.",
      "Cuidamos muito das nossas áreas comuns, por isso agradecemos as suas palavras gentis."],
    complaint: [
      "Lamentamos que o edifício e as áreas comuns não tenham correspondido às suas expectativas.",
      "Peço desculpa por as nossas áreas comuns não estarem ao nível que merece.",
      "As nossas desculpas por áreas comuns que não estiveram à altura."],
  },
  billing: {
    forms: { noun: "a sua reserva e a sua conta", team: "a nossa equipe de reservas e contabilidade" },
    praise: [
      "Ficamos felizes por saber que a reserva e o pagamento correram sem problemas.",
      "É ótimo saber que tudo na sua reserva foi claro e simples."],
    complaint: [
      "Lamento os problemas com a sua reserva e a sua conta, que devem ser sempre claras e corretas.",
      "Peço desculpa pela confusão com a sua conta.",
      "As nossas desculpas pela confusão com a sua reserva e a sua conta."],
  },
};

/** Praise or criticism filed under food that is about drinks (cocktails, wine, coffee); never names a bar the hotel may not have. */
export const ptBRDrinks: AspectPhrases = {
  forms: { noun: "a nossa seleção de bebidas", team: "a nossa equipe de atendimento" },
  praise: [
    "Ficamos muito felizes por saber que gostou das nossas bebidas.",
    "Agradecemos os elogios às nossas bebidas; vou transmiti-los com muito prazer à nossa equipe de atendimento.",
    "É ótimo saber que as nossas bebidas foram do seu agrado.",
  ],
  complaint: [
    "Lamentamos que as nossas bebidas não tenham correspondido às suas expectativas.",
    "Pedimos desculpas por bebidas que não estiveram à altura.",
    "Lamento que as bebidas servidas não tenham sido do seu agrado.",
  ],
};
