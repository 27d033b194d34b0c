import type { PhraseBank } from "./types";

// O que acontece depois de uma reclamação, conforme o tipo; perguntas; saudações informais. Base
// brasileira como em pt.ts (pt-pt.ts deriva a variante europeia); cada passo nomeia a equipe certa.

export const ptFollowUp: Pick<PhraseBank, "nextStepFor" | "questionAbout" | "answer" | "informal"> = {
  nextStepFor: {
    size: [
      "Encaminhei os seus comentários sobre o tamanho do quarto à nossa equipe de reservas, para que as descrições dos quartos fiquem mais claras.",
      "Os seus comentários sobre o tamanho do quarto já estão com a nossa equipe de reservas[, que vai rever a forma como descrevemos cada categoria|].",
    ],
    dirty: [
      "Encaminhei os seus comentários sobre {noun} à nossa governanta, que vai rever [os controles de limpeza|os procedimentos de limpeza] com a equipe.",
      "A nossa governanta já conhece os seus comentários e vai rever com a equipe a inspeção dos quartos antes de cada chegada.",
    ],
    broken: [
      "Comuniquei o problema com {noun} à nossa equipe de manutenção, para que [seja verificado e reparado|fique resolvido o quanto antes].",
      "A nossa equipe de manutenção já foi informada e vai verificar {noun} [para resolver o problema|o quanto antes].",
    ],
    noise: [
      "Pedi à nossa equipe de manutenção que verifique o isolamento acústico daquele lado do edifício[, e a recepção terá todo o gosto em anotar a sua preferência por um quarto mais tranquilo|].",
      "Os seus comentários sobre o barulho já estão com a equipe de manutenção; na próxima reserva, [peça um quarto tranquilo|indique que prefere um quarto tranquilo] e faremos o possível.",
    ],
    service: [
      "Conversei sobre a sua experiência com o responsável do departamento, porque não é assim que queremos tratar nenhum hóspede.",
      "Compartilhei os seus comentários com os responsáveis de cada equipe[, e eles farão parte do nosso próximo treinamento|].",
    ],
    wait: [
      "Encaminhei este ponto ao nosso responsável pela recepção, para rever a organização da equipe nos horários de maior movimento.",
      "Esperar não é a recepção que queremos dar aos nossos hóspedes, e o nosso responsável pela recepção vai rever como organizamos as chegadas nos horários de pico.",
    ],
    food: [
      "Encaminhei os seus comentários sobre {noun} ao nosso chef, que vai analisá-los com a equipe da cozinha.",
      "O nosso chef já conhece os seus comentários sobre {noun} e vai ver [o que podemos melhorar|como fazer melhor].",
    ],
    value: [
      "Compartilhei a sua opinião sobre a relação qualidade-preço com a direção, que revê regularmente o que as nossas tarifas incluem.",
      "Os seus comentários sobre a relação qualidade-preço ajudam a direção a rever o que incluímos em cada estadia.",
    ],
    comfort: [
      "Pedi à nossa equipe de governança que verifique {noun} daquele quarto e substitua o que estiver gasto.",
      "Os seus comentários sobre {noun} já estão com a equipe de governança, que vai verificar os colchões e travesseiros daquele quarto.",
    ],
  },
  questionAbout: [
    "Quanto à sua pergunta sobre {noun}, a nossa equipe terá todo o prazer em ajudar: basta entrar em contato diretamente com o hotel.",
    "Em relação à sua pergunta sobre {noun}, entre em contato diretamente com o hotel e responderemos com prazer.",
  ],
  answer: ["Quanto à sua pergunta: {fact}", "Em resposta à sua pergunta: {fact}"],
  informal: {
    greeting: { named: ["Oi, {name}!", "Olá, {name}!"], anonymous: ["Olá!", "Oi!"] },
    signOff: ["Um abraço,", "Abraços,", "Até breve,"],
  },
};
