import { ptBRAspects, ptBRDrinks } from "./pt-aspects";
import { ptFollowUp } from "./pt-follow-up";
import type { PhraseBank } from "./types";

// Português do Brasil como base; pt-PT.ts deriva dele a variante europeia. Sem "você" nem "o senhor",
// sem pronomes átonos que mudam de lugar entre as variantes, sem concordância com o género do hóspede.
// Formas: noun = com artigo (depois de "sobre"), team = depois de "com"/"para".

export const ptBR: PhraseBank = {
  and: "e",
  inCity: (city) => (/^(porto|rio de janeiro|recife|funchal|algarve|cairo)$/i.test(city) ? `no ${city}` : /^(?:cidade\b|haia$)/i.test(city) ? `na ${city}` : `em ${city}`),
  greeting: {
    named: ["Olá, {name},", "Bom dia, {name},"],
    anonymous: ["Olá,", "Bom dia,", "Caro hóspede,"],
  },
  opening: {
    glowing: [
      "O seu entusiasmo nos deixou muito felizes: [muito obrigado por esta avaliação|agradecemos o tempo dedicado a compartilhá-lo].",
      "Ler uma avaliação como a sua é [sempre uma alegria|a melhor recompensa para a equipe]; o nosso [sincero|mais sincero] agradecimento!",
      "Toda a equipe leu a sua avaliação com [imensa alegria|um grande sorriso]: [muito obrigado|o nosso obrigado de coração]!",
      "Agradecemos [imensamente|de coração|muito] a sua [maravilhosa avaliação|avaliação tão simpática|avaliação tão calorosa|avaliação tão generosa]!",
      "Ficamos [muito felizes|imensamente felizes|radiantes] com a notícia de que a sua estadia foi tão agradável, e agradecemos [de coração|sinceramente|muito] o tempo que dedicou a escrever esta avaliação.",
      "Que [alegria|prazer|satisfação] ler a sua avaliação: [agradecemos as suas palavras tão gentis|toda a equipe ficou radiante|foi um presente para toda a equipe]!",
      "Agradecemos a preferência e [uma avaliação tão entusiasmada|palavras tão calorosas|um relato tão positivo]; [isso significa muito para nós|toda a equipe ficou muito feliz|é a melhor recompensa para o nosso trabalho].",
      "A sua avaliação [alegrou o dia de toda a equipe|foi uma enorme alegria para toda a equipe|deixou toda a equipe muito orgulhosa]: o nosso [sincero|mais sincero] agradecimento!",
    ],
    warm: [
      "Agradecemos [este comentário tão positivo|as suas palavras gentis] e a [confiança|escolha do nosso hotel].",
      "Ficamos contentes por [tudo ter corrido bem|a estadia ter sido agradável], e agradecemos [a sua avaliação|o tempo dedicado a escrevê-la].",
      "Agradecemos a sua [simpática|gentil] avaliação; é muito bom saber que a estadia foi agradável.",
      "Agradecemos a escolha do nosso hotel e o tempo dedicado a [descrever as suas impressões|escrever esta avaliação].",
      "É com alegria que lemos que a sua estadia foi agradável; agradecemos [o seu comentário|as suas palavras gentis].",
      "Ficamos contentes com a sua avaliação positiva e agradecemos o tempo dedicado a escrevê-la.",
    ],
    mixed: [
      "A sua opinião [detalhada|equilibrada] é muito valiosa para nós: agradecemos por contar o que gostou e o que não correu bem.",
      "Agradecemos [esta avaliação sincera|a sua franqueza], que nos ajuda a perceber onde melhorar.",
      "Agradecemos a sua avaliação [sincera|detalhada], que nos ajuda a melhorar.",
      "Agradecemos a escolha do nosso hotel e o seu relato sobre os pontos positivos e os pontos a melhorar.",
      "Valorizamos muito a sua opinião [sincera|honesta]: ela indica o que fazemos bem e o que ainda podemos melhorar.",
      "Agradecemos o tempo dedicado a escrever; lamentamos que nem tudo tenha correspondido às suas expectativas.",
    ],
    negative: [
      "Lamentamos sinceramente que a estadia não tenha estado à altura, e agradecemos o seu relato.",
      "Pedimos desculpas por [uma estadia tão decepcionante|os incómodos que sofreu]; agradecemos o tempo dedicado a escrever.",
      "Agradecemos o tempo dedicado a escrever, e lamentamos [sinceramente|profundamente] que a sua estadia não tenha correspondido às suas expectativas.",
      "Lamentamos [muito|profundamente] que a sua estadia tenha sido [tão decepcionante|uma desilusão], e agradecemos o seu relato.",
      "Pedimos [sinceras desculpas|as nossas sinceras desculpas] por uma estadia que não esteve à altura do que esperava; agradecemos o seu relato.",
      "Não foi fácil ler a sua avaliação, e lamentamos sinceramente não ter estado à altura.",
    ],
  },
  ratingOnly: {
    glowing: [
      "Agradecemos [imensamente|de coração] a sua [excelente|fantástica] avaliação!",
      "Toda a equipe agradece [de coração|sinceramente] esta [excelente|fantástica] avaliação.",
    ],
    warm: [
      "Agradecemos a sua avaliação; é muito bom saber que a estadia foi agradável.",
      "Agradecemos o momento dedicado a avaliar a sua estadia.",
    ],
    mixed: [
      "Agradecemos a sua avaliação; [gostaríamos muito de saber o que podemos melhorar|cada opinião é importante para melhorarmos].",
      "Agradecemos a avaliação da sua estadia, que levamos muito a sério.",
    ],
    negative: [
      "Agradecemos a sua avaliação, e lamentamos sinceramente que a estadia não tenha correspondido às suas expectativas.",
      "Lamentamos muito que a sua estadia tenha sido decepcionante.",
    ],
  },
  generalPraise: [
    "É [maravilhoso|uma alegria] saber que se sentiu em casa conosco.",
    "Avaliações como a sua [são a melhor recompensa para a nossa equipe|tornam o nosso trabalho muito gratificante].",
    "Compartilharei [as suas palavras|a sua avaliação] com toda a equipe.",
  ],
  generalComplaint: [
    "Compartilhei a sua avaliação com [toda a nossa equipe|os responsáveis de cada departamento] para que possamos [aprender com ela|entender o que falhou].",
    "Levamos muito a sério cada comentário, e já encaminhei o seu para [a nossa equipe|os departamentos responsáveis].",
  ],
  praise: [
    "Agradecemos que tenha destacado {noun}: [é algo a que damos muita atenção|é algo de que a equipe cuida com todo o carinho].",
    "O que conta sobre {noun} [deixa a equipe muito feliz|é um grande incentivo para nós].",
    "Agradecemos as suas palavras [gentis|simpáticas|generosas] sobre {noun}[; a equipe vai ficar muito feliz|].",
    "Ficamos [muito contentes|muito felizes|felizes] por {noun} ter sido um dos pontos altos da sua estadia.",
    "Os seus elogios sobre {noun} [serão compartilhados|já foram compartilhados] com [a equipe responsável|os colegas responsáveis].",
    "É [muito bom|ótimo|uma alegria] saber que apreciou {noun}.",
  ],
  staffNamed: [
    "Agradecemos a menção a {names}: vou transmitir pessoalmente as suas palavras.",
    "Vou transmitir com muito prazer as suas palavras gentis a {names}.",
    "Os seus elogios a {names} são motivo de grande alegria, e vou transmiti-los sem falta.",
  ],
  nextStep: [
    "Encaminhei os seus comentários sobre {noun} para {team}[, para que possamos analisar o que aconteceu|].",
    "Os seus comentários sobre {noun} já foram encaminhados para {team}, para analisarmos a situação.",
    "Já discuti pessoalmente com {team} os seus comentários sobre {noun}.",
  ],
  lightComplaint: [
    "Agradecemos também o seu comentário sobre {noun}; já o encaminhei para {team}.",
    "Tomamos nota da sua observação sobre {noun} e já a encaminhamos para {team}.",
    "Encaminhei o seu comentário sobre {noun} para {team}[; agradecemos o aviso|: opiniões como esta são muito úteis para nós].",
    "Sobre {noun}, agradecemos a sinceridade; o seu comentário já está com {team}.",
  ],
  question: [
    "Quanto à sua pergunta, a nossa equipe terá todo o prazer em ajudar: basta entrar em contato diretamente com o hotel.",
    "Sobre a sua pergunta, pedimos que entre em contato diretamente com o hotel; teremos todo o prazer em ajudar.",
  ],
  contact: [
    "Se desejar, entre em contato diretamente com o hotel e pergunte por mim, para que eu possa compreender melhor o que aconteceu.",
    "Gostaria muito de conversar pessoalmente sobre a sua estadia; peço que entre em contato diretamente com o hotel.",
    "Fica o convite para entrar em contato diretamente com o hotel: gostaria de compreender melhor o que aconteceu.",
  ],
  serious: [
    "O que descreve é grave, e vou analisar pessoalmente o ocorrido com os responsáveis.",
    "Levo muito a sério o que nos relata e vou verificar pessoalmente com a equipe o que aconteceu.",
  ],
  closing: {
    glowing: [
      "Esperamos voltar a receber a sua visita [muito em breve|em breve] {inCity}: até breve!",
      "Até muito breve, esperamos, para [uma nova estadia|mais uns dias] conosco!",
      "Esperamos ter o prazer de receber a sua visita novamente {inCity} [muito em breve|numa próxima viagem|em breve]!",
      "[Até breve|Até logo|Até uma próxima]! [Toda a equipe aguarda|Aguardamos com carinho] a sua próxima visita.",
      "Será um [prazer|enorme prazer|grande prazer] receber a sua visita novamente[ em breve|].",
      "As nossas portas estarão sempre abertas: [até breve|até uma próxima oportunidade]!",
      "Esperamos que as próximas viagens incluam uma nova estadia conosco.",
      "Toda a equipe [espera|deseja] receber a sua visita [novamente|em breve].",
    ],
    warm: [
      "Será um prazer receber a sua visita de novo [em breve|numa próxima estadia].",
      "Esperamos ter o prazer de receber a sua visita novamente {inCity} [em breve|no futuro].",
      "Agradecemos mais uma vez e esperamos receber a sua visita [em breve|novamente].",
      "Será um prazer receber a sua próxima visita.",
      "Teremos muito prazer em receber a sua visita [em breve|numa próxima viagem].",
    ],
    mixed: [
      "Espero que tenhamos a oportunidade de receber a sua visita novamente e de lhe proporcionar [a estadia que esperava|uma experiência à altura das suas expectativas].",
      "Agradecemos mais uma vez a sua opinião; esperamos receber a sua visita novamente {inCity} [um dia|no futuro].",
      "Teríamos muito prazer em receber a sua visita novamente e em tornar a próxima estadia [muito melhor|uma experiência à altura].",
    ],
    negative: [
      "Esperamos sinceramente ter a oportunidade de receber a sua visita de novo e mostrar o melhor do nosso hotel.",
      "Espero que nos dê [outra oportunidade|a oportunidade] de lhe proporcionar a estadia que merecia.",
      "Agradecemos mais uma vez a sua sinceridade; espero ter um dia o prazer de receber a sua visita novamente.",
      "Os seus comentários são importantes para melhorarmos, e teríamos muito prazer em receber a sua visita no futuro.",
    ],
  },
  ...ptFollowUp,
  signOff: ["Atenciosamente,", "Cordialmente,", "Saudações cordiais,"],
  aspects: ptBRAspects,
  drinks: ptBRDrinks,
};
