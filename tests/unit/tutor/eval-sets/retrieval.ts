/**
 * Learner-style questions and the lesson that should answer them, written before the engine was
 * tuned, the way varied learners ask: misspelt, terse, wordy, off-topic. `also` lists lessons
 * that answer the question equally well (a genuinely shared topic), kept to a minimum.
 */
export const OFF_TOPIC = "off-topic";

export interface RetrievalCase {
  message: string;
  expected: string;
  also?: readonly string[];
}

const WP = "what-problem-lstm-solves";
const WS = "why-lstm-solves-vanishing-gradients";
const EX = "how-lstm-handles-exploding-gradients";
const FX = "how-to-fix-vanishing-gradients";
const BW = "why-lstm-gradients-do-not-vanish-backward";
const BP = "bptt-basics";
const GRU = "gru";
const OFF = OFF_TOPIC;

export const retrievalCases: readonly RetrievalCase[] = [
  // What problem the LSTM solves
  { message: "what problem does lstm solve", expected: WP },
  { message: "what is the vanishing gradiant problem", expected: WP, also: [BP] },
  { message: "why cant a normal rnn learn long term dependencies", expected: WP, also: [BP] },
  { message: "what are the three gates in an LSTM and what do they do", expected: WP },
  { message: "what does the output gate do", expected: WP },
  { message: "does an lstm remember everything it has seen?", expected: WP },
  { message: "what is the input gate for", expected: WP },
  {
    message: "recurent nets forgetting things from long ago in the sequence",
    expected: WP,
    also: [BP],
  },
  { message: "forget gate?", expected: WP, also: [WS] },
  // Why the LSTM solves vanishing gradients
  { message: "how does the cell state help the gradient", expected: WS, also: [WP] },
  { message: "why does the LSTM fix vanishing gradients", expected: WS },
  { message: "what is dc_t/dc_{t-1} for an lstm", expected: WS },
  { message: "forget gate bias what value should I use", expected: WS },
  { message: "why initialise the forget bias to 1", expected: WS },
  { message: "what happens with a forget bias of 0 after 10 steps", expected: WS },
  { message: "is the lstm gradient still a product of things?", expected: WS },
  { message: "does the LSTM completely abolish vanishing gradients", expected: WS, also: [WP] },
  { message: "vanishing gradiants lstm why fixed", expected: WS },
  // Exploding gradients
  { message: "how does an lstm deal with exploding gradients", expected: EX },
  { message: "can lstms still explode", expected: EX },
  { message: "what is gradient clipping", expected: EX },
  { message: "clip by norm vs clip by value difference", expected: EX },
  { message: "does clipping change the direction of the gradient", expected: EX },
  { message: "why does my loss suddenly jump to nan when training an rnn", expected: EX },
  { message: "does gradient clipping help with vanishing gradients?", expected: EX, also: [FX] },
  { message: "what's the cliff in pascanu's paper", expected: EX },
  { message: "how should I choose the clipping threshold", expected: EX },
  { message: "lstm exploading gradients how handle", expected: EX },
  {
    message:
      "so my professor said LSTMs never have exploding gradients because the cell only adds stuff, is that actually true or not?",
    expected: EX,
  },
  { message: "clipping", expected: EX },
  { message: "exploding??", expected: EX },
  // Fixing vanishing gradients
  { message: "how can I fix vanishing gradients", expected: FX },
  { message: "does relu fix the vanishing gradient problem in rnns", expected: FX },
  { message: "what is an irnn", expected: FX },
  { message: "orthogonal initialization why does it help", expected: FX },
  { message: "how do residual connections help gradients flow", expected: FX },
  { message: "skip connections and vanishing gradients", expected: FX },
  { message: "why is the sigmoid derivative at most 1/4", expected: FX },
  { message: "will a bigger hidden layer fix vanishing", expected: FX },
  { message: "does layer norm help with vanishing gradients", expected: FX },
  { message: "explain resnet identity mappings and the gradient", expected: FX },
  { message: "how is the tanh derivative related to vanishing", expected: FX, also: [BP] },
  // The backward pass of the LSTM: carousel and truncation
  { message: "what is the constant error carousel", expected: BW },
  { message: "what's the CEC", expected: BW },
  { message: "whats the constant eror carousel", expected: BW },
  { message: "why was the gradient truncated in the original lstm", expected: BW },
  { message: "full bptt vs truncated gradient in lstm", expected: BW },
  { message: "do modern lstms still truncate the gradient", expected: BW },
  {
    message: "why doesn't the gradient vanish in the lstm backward pass",
    expected: BW,
    also: [WS],
  },
  { message: "what did gers 2000 add to the lstm", expected: BW, also: [WP] },
  { message: "why does the cell need a self connection with weight 1.0", expected: BW },
  { message: "wat is the diff between full bptt and truncated", expected: BW },
  // Backpropagation through time
  { message: "what is backpropagation through time", expected: BP },
  { message: "what is bptt", expected: BP },
  { message: "why is the gradient a product of jacobians", expected: BP },
  { message: "spectral radius vs largest singular value which one matters", expected: BP },
  { message: "what does pascanu's bound say about the singular value", expected: BP },
  { message: "non normal matrix gradient grows then shrinks", expected: BP },
  { message: "how does unrolling a recurrent network work", expected: BP },
  {
    message:
      "I've been reading about recurrent networks and I keep seeing that the gradient gets multiplied over and over when you go back in time, and I don't really understand why that makes it go to zero, can you explain?",
    expected: BP,
    also: [WP],
  },
  { message: "What is 1/gamma in pascanu's condition for exploding?", expected: BP, also: [EX] },
  // GRU
  { message: "what is the difference between a gru and an lstm", expected: GRU },
  { message: "what does the update gate do in a gru", expected: GRU },
  { message: "gru reset gate", expected: GRU },
  { message: "should I use gru or lstm", expected: GRU },
  // Off-topic, including ML topics the course does not cover
  { message: "how do I bake bread", expected: OFF },
  { message: "who won the world cup", expected: OFF },
  { message: "what is a transformer", expected: OFF },
  { message: "explain self-attention", expected: OFF },
  { message: "what's the weather like today", expected: OFF },
  { message: "how do convolutional neural networks work", expected: OFF },
  { message: "recommend a good movie", expected: OFF },
  { message: "what is the capital of france", expected: OFF },
  { message: "how do I install pytorch on windows", expected: OFF },
  { message: "can you write my essay on shakespeare", expected: OFF },
  { message: "what is reinforcement learning", expected: OFF },
  { message: "how does dropout work", expected: OFF },
  { message: "tell me a joke", expected: OFF },
];
