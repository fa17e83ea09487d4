// Snake, played by a Flux network, improved by evolution.
//
// The game: a snake on a 12 x 12 grid with walls, one piece of food at a time; eating grows
// the snake and scores a point; hitting a wall or itself, or wandering 100 moves without
// eating, ends the game. The controller: the network of snake.flux, compiled ahead of time by
// `fluxc build` into libsnake.a. Each game tick the program pushes one spike per cue the
// snake sees (food or danger, to its left, ahead, to its right) into the `vision` input, runs
// the network for 10 ms, and reads the `moves` output: the channel with the most spikes is
// the move (no spike: straight on).
//
// The search: a genome is the 18 weights from the sensory to the motor neurons. A population
// of genomes is scored by the food they eat (and, to break ties early on, the moves they
// survive) over the same few games; the best quarter is kept, and the rest is replaced by
// uniform crossovers of two kept parents plus Gaussian mutation. The best score per
// generation is printed, and rises.
//
//   embed-snake [--generations N] [--population N] [--seed N]
#include <snake.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr int kSize = 12;
constexpr int kStarveMoves = 100;
constexpr double kTickMs = 10;

struct Point {
  int x = 0;
  int y = 0;
  bool operator==(const Point &o) const { return x == o.x && y == o.y; }
};

// Headings clockwise: up, right, down, left.
constexpr Point kStep[4] = {{0, -1}, {1, 0}, {0, 1}, {-1, 0}};

class Game {
public:
  explicit Game(unsigned seed) : rng(seed) {
    body.push_back({kSize / 2, kSize / 2});
    placeFood();
  }

  bool over() const { return dead; }
  int score() const { return eaten; }
  int moves() const { return moved; }

  /// The six cues: food left / ahead / right, danger left / ahead / right.
  std::array<bool, 6> sense() const {
    std::array<bool, 6> cues{};
    const Point head = body.front();
    for (int side = 0; side < 3; ++side) {
      int direction = (heading + side + 3) % 4; // left, ahead, right
      Point next{head.x + kStep[direction].x, head.y + kStep[direction].y};
      cues[3 + side] = blocked(next);
      // Food is "to the left" when it lies on the left side of the snake's line, etc.
      int dx = food.x - head.x;
      int dy = food.y - head.y;
      int along = dx * kStep[direction].x + dy * kStep[direction].y;
      cues[side] = along > 0;
    }
    return cues;
  }

  /// turn: -1 left, 0 straight, +1 right.
  void move(int turn) {
    heading = (heading + turn + 4) % 4;
    Point head = body.front();
    Point next{head.x + kStep[heading].x, head.y + kStep[heading].y};
    ++moved;
    if (blocked(next) || ++hungry > kStarveMoves) {
      dead = true;
      return;
    }
    body.push_front(next);
    if (next == food) {
      ++eaten;
      hungry = 0;
      placeFood();
    } else {
      body.pop_back();
    }
  }

private:
  bool blocked(Point p) const {
    if (p.x < 0 || p.y < 0 || p.x >= kSize || p.y >= kSize)
      return true;
    return std::find(body.begin(), body.end(), p) != body.end();
  }
  void placeFood() {
    std::uniform_int_distribution<int> cell(0, kSize - 1);
    do
      food = {cell(rng), cell(rng)};
    while (std::find(body.begin(), body.end(), food) != body.end());
  }

  std::mt19937 rng;
  std::deque<Point> body;
  Point food;
  int heading = 0;
  int eaten = 0;
  int moved = 0;
  int hungry = 0;
  bool dead = false;
};

using Genome = std::vector<double>; // 18 weights: sense i -> motor j at i * 3 + j

void check(flux_sim *sim, flux_status status, const char *what) {
  if (status != FLUX_OK) {
    std::fprintf(stderr, "embed-snake: %s: %s\n", what, flux_error(sim));
    std::exit(1);
  }
}

/// One network instance plays one game with `genome`'s weights; returns the fitness.
double play(const Genome &genome, unsigned gameSeed, int *score) {
  flux_sim *sim = nullptr;
  check(nullptr, snake_create(nullptr, &sim), "snake_create");
  for (std::uint64_t s = 0; s < genome.size(); ++s)
    check(sim, flux_set_weight(sim, SNAKE_PROJECTION_SENSE_TO_MOTOR, s, genome[s]),
          "flux_set_weight");
  Game game(gameSeed);
  std::uint32_t counts[SNAKE_OUTPUT_MOVES_SIZE];
  while (!game.over()) {
    auto cues = game.sense();
    for (std::uint32_t c = 0; c < cues.size(); ++c)
      if (cues[c])
        check(sim, flux_input_spike(sim, SNAKE_INPUT_VISION, c), "flux_input_spike");
    check(sim, flux_run_for(sim, kTickMs), "flux_run_for");
    check(sim, flux_output_counts(sim, SNAKE_OUTPUT_MOVES, counts, SNAKE_OUTPUT_MOVES_SIZE),
          "flux_output_counts");
    int turn = 0;
    if (counts[0] > counts[1] && counts[0] > counts[2])
      turn = -1;
    else if (counts[2] > counts[1] && counts[2] > counts[0])
      turn = 1;
    game.move(turn);
  }
  flux_destroy(sim);
  *score = game.score();
  return game.score() + 0.001 * game.moves();
}

struct Scored {
  Genome genome;
  double fitness = 0;
  int food = 0;
};

int argument(int argc, char **argv, const char *name, int fallback) {
  for (int k = 1; k + 1 < argc; ++k)
    if (std::strcmp(argv[k], name) == 0)
      return std::atoi(argv[k + 1]);
  return fallback;
}

} // namespace

int main(int argc, char **argv) {
  const int generations = argument(argc, argv, "--generations", 30);
  const int size = std::max(8, argument(argc, argv, "--population", 48));
  const auto seed = static_cast<unsigned>(argument(argc, argv, "--seed", 1));
  const int gamesPerGenome = 3;
  std::mt19937 rng(seed);
  std::normal_distribution<double> gauss(0, 1);

  std::vector<Scored> population(static_cast<std::size_t>(size));
  for (auto &g : population) {
    g.genome.resize(18);
    for (double &w : g.genome)
      w = 0.5 * gauss(rng);
  }
  std::printf("Snake on a %dx%d grid, played by a Flux network (18 evolved weights); "
              "%d genomes x %d games per generation\n",
              kSize, kSize, size, gamesPerGenome);
  const auto start = std::chrono::steady_clock::now();
  long evaluations = 0;
  double firstBest = -1;
  double lastBest = 0;
  for (int gen = 0; gen < generations; ++gen) {
    // Every genome plays the same games this generation.
    std::vector<unsigned> games;
    for (int k = 0; k < gamesPerGenome; ++k)
      games.push_back(static_cast<unsigned>(rng()));
    for (auto &g : population) {
      g.fitness = 0;
      g.food = 0;
      for (unsigned game : games) {
        int food = 0;
        g.fitness += play(g.genome, game, &food);
        g.food += food;
        ++evaluations;
      }
    }
    std::sort(population.begin(), population.end(),
              [](const Scored &a, const Scored &b) { return a.fitness > b.fitness; });
    const Scored &best = population.front();
    double mean = 0;
    for (const auto &g : population)
      mean += g.food;
    mean /= static_cast<double>(population.size()) * gamesPerGenome;
    std::printf("generation %3d: best %5.2f food per game, mean %5.2f\n", gen,
                static_cast<double>(best.food) / gamesPerGenome, mean);
    if (firstBest < 0)
      firstBest = static_cast<double>(best.food) / gamesPerGenome;
    lastBest = static_cast<double>(best.food) / gamesPerGenome;
    // The best quarter survives; the rest are children of two survivors, mutated.
    std::size_t keep = population.size() / 4;
    std::uniform_int_distribution<std::size_t> parent(0, keep - 1);
    std::bernoulli_distribution coin(0.5);
    for (std::size_t k = keep; k < population.size(); ++k) {
      const Genome &a = population[parent(rng)].genome;
      const Genome &b = population[parent(rng)].genome;
      for (std::size_t w = 0; w < a.size(); ++w)
        population[k].genome[w] = (coin(rng) ? a[w] : b[w]) + 0.15 * gauss(rng);
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%ld games (network instances) in %.2f s: %.0f networks evaluated per second\n",
              evaluations, seconds, static_cast<double>(evaluations) / seconds);
  bool rose = lastBest > firstBest;
  std::printf("%s: best food per game %.2f in generation 0, %.2f in the last\n",
              rose ? "ok" : "FAIL", firstBest, lastBest);
  return rose ? 0 : 1;
}
